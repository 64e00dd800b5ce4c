package jp.kochi.vrm.devstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;
import jp.kochi.vrm.contractor.ContractorStatus;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.contractor.RiskTier;
import jp.kochi.vrm.contractor.SearchKeys;

/**
 * Realistic contractors (委託事業者) and their certifications for the benchmarks, written by JDBC batch inserts
 * straight into the portal's database: names and kana from Kochi place names, surnames and trades with the usual
 * legal forms, valid 法人番号, a spread of statuses, tiers and 審査有効期限. Fixed random seed; ids from
 * {@link #FIRST_ID}, far above anything the application's sequences allocate. Grows the register incrementally:
 * each {@link #seed} call tops it up to a total.
 */
public final class ContractorSeeder {

    /** Seeded rows get ids from here on. */
    public static final long FIRST_ID = 1_000_000L;
    private static final int BATCH = 1_000;
    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

    private Connection db;
    private final LocalDate today;
    final Random random = new Random(20261126L);
    private long nextContractorId = FIRST_ID;
    private long nextCertificationId = FIRST_ID;

    public ContractorSeeder(Connection db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    /** Goes on over a new connection to the same database (the old one closed, as when the portal restarts). */
    public void use(Connection db) {
        this.db = db;
    }

    public long count(String table) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Inserts contractors (and certifications for about 30% of them) until the register holds {@code total}, then
     * runs ANALYZE. Returns the ids given to the new contractors, {@code [first, end)}.
     */
    public long[] seed(int total) throws SQLException {
        long existing = count("contractor");
        long missing = total - existing;
        if (missing <= 0) {
            System.out.printf("[benchmark] Register already holds %,d contractors.%n", existing);
            return new long[] {nextContractorId, nextContractorId};
        }
        System.out.printf("[benchmark] Seeding %,d contractors over JDBC (%,d there already) ...%n", missing, existing);
        long t0 = System.nanoTime();
        long first = nextContractorId;
        db.setAutoCommit(false);
        long certifications = 0;
        // The sort ranks of status and tier (ContractorStatus.rank, RiskTier.rank), where the schema has them.
        ranks = hasColumn("CONTRACTOR", "STATUS_RANK") && hasColumn("CONTRACTOR", "RISK_RANK");
        try (MultiRowInsert contractor = new MultiRowInsert(db, "INSERT INTO contractor (id, name, name_kana, name_key, "
                + "kana_key, corporate_number, sole_proprietor, address, representative, status, risk_tier, "
                + "vetting_valid_until, registered_at, version" + (ranks ? ", status_rank, risk_rank" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0" + (ranks ? ", ?, ?" : "") + ")");
                MultiRowInsert certification = new MultiRowInsert(db, "INSERT INTO certification (id, contractor_id, "
                        + "kind, kind_other, number, issuer, valid_from, valid_until, evidence_id, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)")) {
            long progressStep = Math.max(BATCH, missing / 10 / BATCH * BATCH);
            for (long done = 0; done < missing; ) {
                int chunk = (int) Math.min(BATCH, missing - done);
                int certs = 0;
                for (int k = 0; k < chunk; k++) {
                    long id = nextContractorId++;
                    addContractor(contractor, id);
                    if (random.nextInt(100) < 30) {
                        int n = random.nextInt(4) == 0 ? 2 : 1;
                        for (int c = 0; c < n; c++) {
                            addCertification(certification, id);
                            certs++;
                        }
                    }
                }
                contractor.executeBatch();
                if (certs > 0) {
                    certification.executeBatch();
                }
                db.commit();
                certifications += certs;
                done += chunk;
                if (missing > 5 * BATCH && (done % progressStep == 0 || done == missing)) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("[benchmark]   seeded %,7d / %,d contractors (%3d%%), %,d certifications, "
                            + "%.1f s, %,.0f rows/s%n", done, missing, done * 100 / missing, certifications, seconds,
                            (done + certifications) / seconds);
                }
            }
        } finally {
            db.setAutoCommit(true);
        }
        try (Statement st = db.createStatement()) {
            // Fresh optimizer statistics, as an H2 database that grew to this size would have.
            st.execute("ANALYZE");
        }
        System.out.printf("[benchmark] Register now holds %,d contractors and %,d certifications (seeding %.1f s, "
                + "ANALYZE done).%n", count("contractor"), count("certification"), (System.nanoTime() - t0) / 1e9);
        return new long[] {first, nextContractorId};
    }

    private boolean ranks;

    boolean hasColumn(String table, String column) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    // Name parts: (written form, kana reading).
    private static final String[][] PLACES = {
        {"高知", "コウチ"}, {"土佐", "トサ"}, {"四万十", "シマント"}, {"室戸", "ムロト"}, {"安芸", "アキ"},
        {"南国", "ナンコク"}, {"香美", "カミ"}, {"香南", "コウナン"}, {"須崎", "スサキ"}, {"宿毛", "スクモ"},
        {"土佐清水", "トサシミズ"}, {"四国", "シコク"}, {"黒潮", "クロシオ"}, {"桂浜", "カツラハマ"}, {"龍馬", "リョウマ"},
        {"仁淀", "ニヨド"}, {"物部", "モノベ"}, {"足摺", "アシズリ"}, {"南海", "ナンカイ"}, {"鏡川", "カガミガワ"},
        {"浦戸", "ウラド"}, {"伊野", "イノ"}, {"佐川", "サカワ"}, {"梼原", "ユスハラ"}, {"馬路", "ウマジ"},
        {"大豊", "オオトヨ"}, {"本山", "モトヤマ"}, {"中村", "ナカムラ"}, {"朝倉", "アサクラ"}, {"春野", "ハルノ"},
        {"日高", "ヒダカ"}, {"越知", "オチ"}, {"奈半利", "ナハリ"}, {"田野", "タノ"}, {"北川", "キタガワ"},
        {"東洋", "トウヨウ"}, {"大月", "オオツキ"}, {"西日本", "ニシニホン"}, {"日本", "ニホン"}, {"太平洋", "タイヘイヨウ"},
        {"青空", "アオゾラ"}, {"未来", "ミライ"}, {"光", "ヒカリ"}, {"若葉", "ワカバ"}, {"山田", "ヤマダ"},
        {"坂本", "サカモト"}, {"岩崎", "イワサキ"}, {"中岡", "ナカオカ"}, {"吉田", "ヨシダ"}, {"浜田", "ハマダ"},
        {"西村", "ニシムラ"}, {"竹内", "タケウチ"}, {"山本", "ヤマモト"}, {"高橋", "タカハシ"}, {"田中", "タナカ"},
        {"小松", "コマツ"}, {"松岡", "マツオカ"}, {"片岡", "カタオカ"}, {"和田", "ワダ"}, {"野村", "ノムラ"},
        {"橋本", "ハシモト"}, {"池田", "イケダ"}, {"岡林", "オカバヤシ"}, {"公文", "クモン"}, {"アクア", "アクア"},
        {"サンライズ", "サンライズ"}, {"ブルーオーシャン", "ブルーオーシャン"}, {"グリーン", "グリーン"},
        {"ネクスト", "ネクスト"}, {"エース", "エース"}, {"アルファ", "アルファ"}, {"はりまや", "ハリマヤ"},
        {"よさこい", "ヨサコイ"}, {"かつお", "カツオ"}, {"ゆず", "ユズ"}, {"さくら", "サクラ"}, {"みどり", "ミドリ"},
        {"ひまわり", "ヒマワリ"}, {"KOCHI", "コウチ"}, {"TOSA", "トサ"},
    };
    private static final String[][] TRADES = {
        {"データ", "データ"}, {"システム", "システム"}, {"情報", "ジョウホウ"}, {"ネット", "ネット"}, {"ソフト", "ソフト"},
        {"クラウド", "クラウド"}, {"印刷", "インサツ"}, {"電子", "デンシ"}, {"通信", "ツウシン"}, {"電算", "デンサン"},
        {"計算", "ケイサン"}, {"技研", "ギケン"}, {"設計", "セッケイ"}, {"総合", "ソウゴウ"}, {"事務", "ジム"},
        {"測量", "ソクリョウ"}, {"建設", "ケンセツ"}, {"警備", "ケイビ"}, {"清掃", "セイソウ"}, {"ビル管理", "ビルカンリ"},
        {"医療", "イリョウ"}, {"福祉", "フクシ"}, {"教育", "キョウイク"}, {"広告", "コウコク"}, {"デザイン", "デザイン"},
        {"物流", "ブツリュウ"}, {"環境", "カンキョウ"}, {"コンピュータ", "コンピュータ"}, {"テクノ", "テクノ"},
        {"メディア", "メディア"}, {"映像", "エイゾウ"}, {"翻訳", "ホンヤク"}, {"調査", "チョウサ"}, {"人材", "ジンザイ"},
        {"セキュリティ", "セキュリティ"},
    };
    private static final String[][] ENDINGS = {
        {"", ""}, {"サービス", "サービス"}, {"センター", "センター"}, {"ソリューションズ", "ソリューションズ"},
        {"開発", "カイハツ"}, {"工業", "コウギョウ"}, {"商事", "ショウジ"}, {"企画", "キカク"}, {"研究所", "ケンキュウショ"},
        {"サポート", "サポート"}, {"ラボ", "ラボ"}, {"テクノロジー", "テクノロジー"}, {"工房", "コウボウ"},
        {"販売", "ハンバイ"}, {"管理", "カンリ"}, {"保守", "ホシュ"},
    };
    private static final String[] SURNAMES = {"山本", "坂本", "岩崎", "中岡", "吉田", "浜田", "西村", "竹内", "高橋",
        "田中", "小松", "松岡", "片岡", "和田", "野村", "橋本", "池田", "岡林", "公文", "山崎", "森", "川村", "小野"};
    private static final String[] GIVEN = {"一郎", "健", "花子", "誠", "洋子", "修", "亮", "翔", "太一", "美咲", "大輔",
        "直子", "拓也", "由美", "和也", "恵", "剛", "真理"};
    private static final String[] TOWNS = {"高知県高知市本町", "高知県高知市帯屋町", "高知県高知市はりまや町",
        "高知県高知市桟橋通", "高知県高知市追手筋", "高知県高知市大津乙", "高知県南国市大埇甲", "高知県四万十市中村大橋通",
        "高知県香美市土佐山田町", "高知県土佐市高岡町甲", "高知県須崎市西古市町", "高知県安芸市矢ノ丸",
        "愛媛県松山市一番町", "香川県高松市番町", "徳島県徳島市幸町", "東京都千代田区丸の内", "大阪府大阪市北区梅田"};
    private static final String[] STATUSES = {"APPROVED", "CANDIDATE", "UNDER_REVIEW", "SUSPENDED", "ENDED"};
    private static final int[] STATUS_WEIGHTS = {45, 23, 10, 7, 15};
    private static final String[] TIERS = {"HIGH", "MEDIUM", "LOW"};
    private static final int[] TIER_WEIGHTS = {25, 45, 30};

    private void addContractor(MultiRowInsert ps, long id) throws SQLException {
        String[] place = pick(PLACES);
        String[] trade = pick(TRADES);
        String[] ending = pick(ENDINGS);
        String core = place[0] + trade[0] + ending[0];
        String coreKana = place[1] + trade[1] + ending[1];
        int form = random.nextInt(100);
        boolean sole = form >= 92;
        String name;
        String kana = coreKana;
        if (form < 35) {
            name = "株式会社" + core;
            if (random.nextInt(10) == 0) {
                kana = "カブシキガイシャ" + coreKana;
            }
        } else if (form < 65) {
            name = core + "株式会社";
        } else if (form < 75) {
            name = "有限会社" + core;
        } else if (form < 84) {
            name = core + "合同会社";
        } else if (form < 88) {
            name = "一般社団法人" + core + "協会";
            kana = coreKana + "キョウカイ";
        } else if (form < 92) {
            name = "特定非営利活動法人" + core + "ネットワーク";
            kana = coreKana + "ネットワーク";
        } else {
            String owner = SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
            name = core + "事務所（" + owner + "）";
            kana = coreKana + "ジムショ";
        }
        if (random.nextInt(20) == 0) {
            kana = kana.replaceAll("(.{2,4})(.+)", "$1・$2"); // some readings are written with a middle dot
        }
        String status = weighted(STATUSES, STATUS_WEIGHTS);
        String tier = null;
        LocalDate validUntil = null;
        switch (status) {
            case "APPROVED" -> {
                tier = weighted(TIERS, TIER_WEIGHTS);
                validUntil = today.plusDays(-60 + random.nextInt(3 * 365 + 60));
            }
            case "SUSPENDED" -> {
                tier = weighted(TIERS, TIER_WEIGHTS);
                validUntil = today.plusDays(-365 + random.nextInt(3 * 365));
            }
            case "UNDER_REVIEW" -> {
                if (random.nextInt(10) < 3) {
                    tier = weighted(TIERS, TIER_WEIGHTS);
                    validUntil = today.plusDays(-200 + random.nextInt(400));
                }
            }
            case "ENDED" -> {
                if (random.nextBoolean()) {
                    tier = weighted(TIERS, TIER_WEIGHTS);
                    validUntil = today.minusDays(1 + random.nextInt(5 * 365));
                }
            }
            default -> {
                // CANDIDATE: never vetted
            }
        }
        ps.setLong(1, id);
        ps.setString(2, name);
        ps.setString(3, kana);
        ps.setString(4, SearchKeys.name(name));
        ps.setString(5, SearchKeys.kana(kana));
        if (sole) {
            ps.setNull(6, Types.CHAR);
        } else {
            // Unique 12-digit base numbers (a bijection of the id, spread over the number range), valid check digit.
            long base = 700_000_000_000L + Math.floorMod((id - FIRST_ID) * 48_271L + 12_345L, 100_000_000_000L);
            ps.setString(6, CorporateNumber.withCheckDigit(Long.toString(base)));
        }
        ps.setBoolean(7, sole);
        ps.setString(8, TOWNS[random.nextInt(TOWNS.length)] + (1 + random.nextInt(5)) + "丁目" + (1 + random.nextInt(30))
                + "-" + (1 + random.nextInt(40)));
        ps.setString(9, (sole ? "" : "代表取締役 ") + SURNAMES[random.nextInt(SURNAMES.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)]);
        ps.setString(10, status);
        ps.setString(11, tier);
        ps.setObject(12, validUntil);
        ps.setObject(13, OffsetDateTime.now(CITY).minusDays(random.nextInt(10 * 365)).minusMinutes(random.nextInt(1440)));
        if (ranks) {
            ps.setInt(14, ContractorStatus.valueOf(status).rank());
            ps.setInt(15, tier == null ? 0 : RiskTier.valueOf(tier).rank());
        }
        ps.addBatch();
    }

    private void addCertification(MultiRowInsert ps, long contractorId) throws SQLException {
        int k = random.nextInt(100);
        String kind;
        String kindOther = null;
        String number;
        String issuer;
        if (k < 40) {
            kind = "ISMS";
            number = "IS " + (100_000 + random.nextInt(900_000));
            issuer = random.nextBoolean() ? "一般財団法人日本品質保証機構" : "BSIグループジャパン株式会社";
        } else if (k < 75) {
            kind = "PRIVACY_MARK";
            number = "第" + (10_000_000 + random.nextInt(90_000_000)) + "(0" + (1 + random.nextInt(9)) + ")号";
            issuer = "一般財団法人日本情報経済社会推進協会";
        } else if (k < 83) {
            kind = "ISMAP";
            number = "C" + (20 + random.nextInt(7)) + "-" + String.format("%04d", random.nextInt(10_000)) + "-1";
            issuer = "ISMAP運営委員会";
        } else if (k < 88) {
            kind = "ISMAP_LIU";
            number = "L" + (22 + random.nextInt(5)) + "-" + String.format("%04d", random.nextInt(10_000)) + "-1";
            issuer = "ISMAP運営委員会";
        } else {
            kind = "OTHER";
            kindOther = pick(new String[][] {{"ISO 9001"}, {"ISO 14001"}, {"ISO/IEC 20000-1"}, {"ISO/IEC 27017"}})[0];
            number = "JQA-" + (1000 + random.nextInt(9000));
            issuer = "一般財団法人日本品質保証機構";
        }
        LocalDate until = today.plusDays(-730 + random.nextInt(1461));
        ps.setLong(1, nextCertificationId++);
        ps.setLong(2, contractorId);
        ps.setString(3, kind);
        ps.setString(4, kindOther);
        ps.setString(5, number);
        ps.setString(6, issuer);
        ps.setObject(7, until.minusYears(3).plusDays(1));
        ps.setObject(8, until);
        ps.addBatch();
    }

    String[] pick(String[][] values) {
        return values[random.nextInt(values.length)];
    }

    String weighted(String[] values, int[] weights) {
        int r = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
