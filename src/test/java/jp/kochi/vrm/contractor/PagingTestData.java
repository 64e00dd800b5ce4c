package jp.kochi.vrm.contractor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The register {@link ContractorListPagingIT} pages through: {@value #CONTRACTORS} contractors and
 * {@value #CERTIFICATIONS} certifications, written with plain JDBC batches (persisting through JPA would run
 * the audit listener, which needs CDI). Names, readings, keys and 法人番号 are made the way {@link Contractor}
 * makes them; names and readings repeat often, so every sort column has ties that only the id breaks.
 * Seeded, so every run has the same data.
 */
final class PagingTestData {

    static final int CONTRACTORS = 5_000;
    static final int CERTIFICATIONS = 600;
    /** The day the searches count "expiring" from; certifications end around it. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /**
     * Rows whose names hold LIKE wildcards, the escape character or a quote; each wildcard row has a decoy that
     * the wildcard would match.
     */
    static final long QUOTE = CONTRACTORS - 6;
    static final long PERCENT = CONTRACTORS - 5;
    static final long PERCENT_DECOY = CONTRACTORS - 4;
    static final long UNDERSCORE = CONTRACTORS - 3;
    static final long UNDERSCORE_DECOY = CONTRACTORS - 2;
    static final long BACKSLASH = CONTRACTORS - 1;
    static final long BACKSLASH_DECOY = CONTRACTORS;

    private static final String[] LEGAL_FORMS = {"株式会社", "有限会社", "合同会社", "(株)", "", ""};
    private static final String[] WORDS = {"高知", "土佐", "四万十", "桂浜", "Kochi", "ＫＯＣＨＩ", "Tosa", "Ryoma",
        "サクラ", "カツオ", "南国", "須崎", "室戸", "日高", "Niyodo"};
    private static final String[] TRADES = {"システム", "工業", "商事", "情報サービス", "データ", "建設", "印刷", "Tech"};
    private static final String[] SYLLABLES = {"ア", "イ", "カ", "キ", "サ", "シ", "タ", "ト", "ナ", "ハ", "マ", "ヤ",
        "ラ", "ワ", "ン"};

    /** One contractor as inserted. */
    record Row(long id, String name, String nameKana, String nameKey, String kanaKey, String corporateNumber,
            boolean soleProprietor, ContractorStatus status, RiskTier tier, LocalDate vettingValidUntil) {
    }

    private PagingTestData() {
    }

    /** Inserts the register; answers the contractors as inserted. */
    static List<Row> insert(Connection c) throws SQLException {
        Random random = new Random(20260615L);
        List<Row> rows = contractors(random);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            insertContractors(c, rows);
            insertCertifications(c, random);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return rows;
    }

    private static List<Row> contractors(Random random) {
        List<Row> rows = new ArrayList<>(CONTRACTORS);
        Set<String> numbers = new HashSet<>();
        ContractorStatus[] statuses = ContractorStatus.values();
        RiskTier[] tiers = RiskTier.values();
        for (long id = 1; id < QUOTE; id++) {
            String legal = LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
            String base = WORDS[random.nextInt(WORDS.length)] + TRADES[random.nextInt(TRADES.length)];
            String name = random.nextBoolean() ? legal + base : base + legal;
            String reading = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + SYLLABLES[random.nextInt(SYLLABLES.length)];
            String kana = switch (random.nextInt(4)) {
                case 0 -> "カブシキガイシャ　" + reading; // legal form read aloud: not part of the key
                case 1 -> hiragana(reading);        // typed in hiragana: stored as katakana
                default -> reading;
            };
            boolean sole = id % 37 == 0;
            String number = sole ? null : uniqueNumber(random, numbers);
            ContractorStatus status = statuses[random.nextInt(statuses.length)];
            boolean vetted = status == ContractorStatus.APPROVED || status == ContractorStatus.SUSPENDED
                    || (status == ContractorStatus.ENDED && random.nextBoolean());
            RiskTier tier = vetted ? tiers[random.nextInt(tiers.length)] : null;
            LocalDate validUntil = vetted ? TODAY.plusDays(random.nextInt(1000) - 200) : null;
            rows.add(row(id, name, kana, number, sole, status, tier, validUntil));
        }
        rows.add(row(QUOTE, "O'Reilly商会", "オライリーショウカイ", uniqueNumber(random, numbers), false,
                ContractorStatus.CANDIDATE, null, null));
        rows.add(row(PERCENT, "100%リサイクル株式会社", "ヒャクパーセントリサイクル", uniqueNumber(random, numbers), false,
                ContractorStatus.APPROVED, RiskTier.LOW, TODAY.plusDays(100)));
        rows.add(row(PERCENT_DECOY, "1000リサイクル工業", "センリサイクルコウギョウ", uniqueNumber(random, numbers), false,
                ContractorStatus.APPROVED, RiskTier.LOW, TODAY.plusDays(100)));
        rows.add(row(UNDERSCORE, "a_b商会", "エービーショウカイ", uniqueNumber(random, numbers), false,
                ContractorStatus.CANDIDATE, null, null));
        rows.add(row(UNDERSCORE_DECOY, "axb商会", "エーエックスビーショウカイ", uniqueNumber(random, numbers), false,
                ContractorStatus.CANDIDATE, null, null));
        rows.add(row(BACKSLASH, "back\\slash商事", "バックスラッシュショウジ", uniqueNumber(random, numbers), false,
                ContractorStatus.CANDIDATE, null, null));
        rows.add(row(BACKSLASH_DECOY, "backslash商事", "バックスラッシュショウジ", uniqueNumber(random, numbers), false,
                ContractorStatus.CANDIDATE, null, null));
        return rows;
    }

    /** Keys and reading exactly as {@link Contractor#setName} and {@link Contractor#setNameKana} make them. */
    private static Row row(long id, String name, String kana, String number, boolean sole, ContractorStatus status,
            RiskTier tier, LocalDate validUntil) {
        String stripped = name.strip();
        String reading = SearchKeys.katakana(kana);
        if (!SearchKeys.isKatakana(reading)) {
            throw new IllegalArgumentException("not a reading: " + kana);
        }
        if (number != null && !CorporateNumber.check(number).valid()) {
            throw new IllegalArgumentException("not a corporate number: " + number);
        }
        return new Row(id, stripped, reading, SearchKeys.name(stripped), SearchKeys.kana(reading), number, sole, status,
                tier, validUntil);
    }

    private static String uniqueNumber(Random random, Set<String> numbers) {
        while (true) {
            String base = String.format("%012d", (long) (random.nextDouble() * 1_000_000_000_000L));
            String number = CorporateNumber.withCheckDigit(base);
            if (numbers.add(number)) {
                return number;
            }
        }
    }

    private static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder();
        katakana.chars().forEach(ch -> out.append(ch >= 'ァ' && ch <= 'ヶ' ? (char) (ch - ('ァ' - 'ぁ')) : (char) ch));
        return out.toString();
    }

    private static void insertContractors(Connection c, List<Row> rows) throws SQLException {
        OffsetDateTime registered = OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contractor (id, name, name_kana, name_key, kana_key, "
                + "corporate_number, sole_proprietor, address, representative, status, risk_tier, vetting_valid_until, "
                + "registered_at, status_rank, risk_rank, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            int batched = 0;
            for (Row r : rows) {
                ps.setLong(1, r.id());
                ps.setString(2, r.name());
                ps.setString(3, r.nameKana());
                ps.setString(4, r.nameKey());
                ps.setString(5, r.kanaKey());
                if (r.corporateNumber() == null) {
                    ps.setNull(6, Types.CHAR);
                } else {
                    ps.setString(6, r.corporateNumber());
                }
                ps.setBoolean(7, r.soleProprietor());
                ps.setString(8, "高知市本町五丁目1番45号 " + r.id());
                ps.setString(9, "代表取締役 高知 太郎");
                ps.setString(10, r.status().name());
                ps.setInt(14, r.status().rank());
                ps.setInt(15, r.tier() == null ? 0 : r.tier().rank());
                if (r.tier() == null) {
                    ps.setNull(11, Types.VARCHAR);
                } else {
                    ps.setString(11, r.tier().name());
                }
                if (r.vettingValidUntil() == null) {
                    ps.setNull(12, Types.DATE);
                } else {
                    ps.setObject(12, r.vettingValidUntil());
                }
                ps.setObject(13, registered);
                ps.addBatch();
                if (++batched % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Certifications of random contractors (some have several), ending from 90 days before to 90 days after TODAY. */
    private static void insertCertifications(Connection c, Random random) throws SQLException {
        CertificationKind[] kinds = CertificationKind.values();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO certification (id, contractor_id, kind, kind_other, "
                + "number, issuer, valid_from, valid_until, evidence_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)")) {
            for (int id = 1; id <= CERTIFICATIONS; id++) {
                CertificationKind kind = kinds[random.nextInt(kinds.length)];
                LocalDate until = TODAY.plusDays(random.nextInt(181) - 90);
                ps.setLong(1, id);
                ps.setLong(2, 1 + random.nextInt((int) QUOTE - 1));
                ps.setString(3, kind.name());
                ps.setString(4, kind == CertificationKind.OTHER ? "ISO 9001" : null);
                ps.setString(5, "IS " + (500_000 + id));
                ps.setString(6, "一般財団法人日本品質保証機構");
                ps.setObject(7, until.minusYears(3));
                ps.setObject(8, until);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
