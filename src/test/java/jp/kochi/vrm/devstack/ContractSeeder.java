package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Contracts (契約) for seeded contractors, with the clauses they carry, their obligations (提出義務) and the evidence
 * handed in for them (提出, each with one file), written by JDBC batch inserts like {@link ContractorSeeder}.
 *
 * <p>Per contractor 0, 1 or 2 contracts (30 / 40 / 30 %, one on average), periods of one to three years starting
 * within the last 3.3 years or the next 100 days, the status following the period (drafts and concluded ones ahead,
 * running now, ended or closed after); a draft has no obligations, every other contract three, each from one of the
 * library's clauses that asks for evidence (its current version); per obligation 0–4 submissions, two on average,
 * the obligation's status following the last one (open, submitted, resubmitted, accepted), evidence older than 30
 * days reviewed, 3% of past-due obligations still open (overdue). Every submission has one evidence file row; all of them point at one small
 * stored file (the rows matter for the pages, not the bytes).
 */
public final class ContractSeeder {

    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    private static final int BATCH_CONTRACTORS = 500;
    /** The stored file every seeded evidence row points at (FileSystemEvidenceStorage: 32 hex digits). */
    private static final String STORAGE_KEY = "be0c4a11000000000000000000000001";
    private static final byte[] FILE_CONTENT = "%PDF-1.4\n% seeded evidence for the load benchmark\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String[] WORKS = {"基幹系システム保守", "ホームページ運用", "窓口受付", "データ入力", "印刷・封入封緘",
        "ネットワーク保守", "庁内LAN更改", "クラウド型グループウェア提供", "防災情報配信", "学校ICT支援", "健診データ処理",
        "税務帳票出力", "庁舎清掃", "庁舎警備", "コールセンター運営", "文書電子化", "GIS更新", "住民アンケート集計"};
    private static final String[] SECTIONS = {"令和7年度", "令和8年度", "令和8〜10年度"};

    private Connection db;
    private final LocalDate today;
    private final Random random = new Random(20261127L);
    private final List<Long> departments = new ArrayList<>();
    private final List<String> levels = new ArrayList<>();
    /** Clauses that ask for evidence: {clause id, current version id} and the evidence's name. */
    private final List<long[]> clauses = new ArrayList<>();
    private final List<String> evidenceNames = new ArrayList<>();
    private final String fileSha256;
    private long nextId = ContractorSeeder.FIRST_ID;

    public ContractSeeder(Connection db, LocalDate today, Path filesDir) throws SQLException, IOException {
        this.db = db;
        this.today = today;
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id FROM department ORDER BY id")) {
                while (rs.next()) {
                    departments.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT code FROM confidentiality_level ORDER BY code")) {
                while (rs.next()) {
                    levels.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT c.id, c.current_version_id, MIN(e.evidence_name) FROM clause c "
                    + "JOIN clause_evidence e ON e.clause_version_id = c.current_version_id WHERE c.active "
                    + "GROUP BY c.id, c.current_version_id ORDER BY c.id")) {
                while (rs.next()) {
                    clauses.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    evidenceNames.add(rs.getString(3));
                }
            }
        }
        if (departments.isEmpty() || levels.isEmpty() || clauses.size() < 3) {
            throw new IllegalStateException("The portal's reference data is missing (departments " + departments.size()
                    + ", levels " + levels.size() + ", clauses with evidence " + clauses.size() + "): demo data off?");
        }
        Path stored = filesDir.resolve("evidence").resolve(STORAGE_KEY.substring(0, 2)).resolve(STORAGE_KEY);
        Files.createDirectories(stored.getParent());
        Files.write(stored, FILE_CONTENT);
        try {
            fileSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(FILE_CONTENT));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Goes on over a new connection to the same database (the old one closed, as when the portal restarts). */
    public void use(Connection db) {
        this.db = db;
    }

    /** Row counts written by one {@link #seed} call. */
    public record Counts(long contracts, long obligations, long submissions) {
    }

    /** Contracts with their obligations and evidence for the contractors with ids in {@code [first, end)}. */
    public Counts seed(long first, long end) throws SQLException {
        long contracts = 0;
        long obligations = 0;
        long submissions = 0;
        db.setAutoCommit(false);
        try (MultiRowInsert contract = new MultiRowInsert(db, "INSERT INTO contract (id, contract_number, title, "
                + "department_id, contractor_id, period_start, period_end, value_yen, confidentiality, integrity, "
                + "availability, segment_my_number, segment_lgwan, segment_internet, personal_info, my_number, "
                + "cloud_service, on_site_work, subcontracting_allowed, status, created_at, created_by, concluded_at, "
                + "concluded_by, started_at, ended_at, closed_at, closed_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench-procurement', ?, ?, ?, ?, ?, ?, 0)");
                MultiRowInsert clause = new MultiRowInsert(db, "INSERT INTO contract_clause (id, contract_id, clause_id, "
                        + "clause_version_id, mandatory, mandatory_reason, removal_state, version) "
                        + "VALUES (?, ?, ?, ?, TRUE, '取り扱う情報の機密性による', 'NONE', 0)");
                MultiRowInsert obligation = new MultiRowInsert(db, "INSERT INTO obligation (id, contract_id, "
                        + "contract_clause_id, evidence_name, timing, due_date, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
                MultiRowInsert submission = new MultiRowInsert(db, "INSERT INTO evidence_submission (id, obligation_id, "
                        + "version_no, submitter_kind, submitted_by, submitted_by_name, submitter_email, submitted_at, "
                        + "submission_comment, decision, reviewed_by, reviewed_at, review_note, version) "
                        + "VALUES (?, ?, ?, 'CONTRACTOR', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                MultiRowInsert file = new MultiRowInsert(db, "INSERT INTO evidence_file (id, file_name, media_type, "
                        + "size_bytes, sha256, uploaded_at, uploaded_by, version, storage_key) "
                        + "VALUES (?, ?, 'application/pdf', ?, ?, ?, ?, 0, ?)");
                MultiRowInsert link = new MultiRowInsert(db, "INSERT INTO evidence_submission_file (submission_id, "
                        + "position, evidence_file_id) VALUES (?, 0, ?)")) {
            int inBatch = 0;
            for (long contractorId = first; contractorId < end; contractorId++) {
                int r = random.nextInt(10);
                int n = r < 3 ? 0 : r < 7 ? 1 : 2;
                for (int k = 0; k < n; k++) {
                    long contractId = nextId++;
                    LocalDate start = today.plusDays(-1200 + random.nextInt(1300));
                    LocalDate periodEnd = start.plusMonths(12L * (1 + random.nextInt(3))).minusDays(1);
                    String status = contractStatus(start, periodEnd);
                    addContract(contract, contractId, contractorId, status, start, periodEnd);
                    contracts++;
                    if ("DRAFT".equals(status)) {
                        continue;
                    }
                    int[] picked = threeClauses();
                    for (int c = 0; c < picked.length; c++) {
                        long contractClauseId = nextId++;
                        long[] cl = clauses.get(picked[c]);
                        clause.setLong(1, contractClauseId);
                        clause.setLong(2, contractId);
                        clause.setLong(3, cl[0]);
                        clause.setLong(4, cl[1]);
                        clause.addBatch();
                        long obligationId = nextId++;
                        LocalDate due = start.plusDays(30L * c + random.nextInt(28));
                        int handedIn = due.isAfter(today) ? random.nextInt(3) == 0 ? 1 : 0 : submissionsFor();
                        // Reviews keep up: only evidence handed in during the last 30 days may still wait for one.
                        boolean recent = due.isAfter(today.minusDays(30));
                        obligation.setLong(1, obligationId);
                        obligation.setLong(2, contractId);
                        obligation.setLong(3, contractClauseId);
                        obligation.setString(4, evidenceNames.get(picked[c]));
                        obligation.setString(5, c == 0 ? "BEFORE_START" : c == 1 ? "CADENCE" : "AT_END");
                        obligation.setObject(6, due);
                        boolean lastAccepted = handedIn > 0 && (!recent || random.nextInt(10) < 4);
                        obligation.setString(7, handedIn == 0 ? "OPEN" : lastAccepted ? "ACCEPTED"
                                : handedIn == 1 ? "SUBMITTED" : "RESUBMITTED");
                        obligation.addBatch();
                        obligations++;
                        for (int v = 1; v <= handedIn; v++) {
                            addSubmission(submission, file, link, obligationId, v, due,
                                    v < handedIn ? "RETURNED" : lastAccepted ? "ACCEPTED" : null);
                            submissions++;
                        }
                    }
                }
                if (++inBatch == BATCH_CONTRACTORS || contractorId == end - 1) {
                    contract.executeBatch();
                    clause.executeBatch();
                    obligation.executeBatch();
                    file.executeBatch();
                    submission.executeBatch();
                    link.executeBatch();
                    db.commit();
                    inBatch = 0;
                }
            }
        } finally {
            db.setAutoCommit(true);
        }
        return new Counts(contracts, obligations, submissions);
    }

    /** The status the contract's period implies: drafts and concluded ones ahead, running ones now, ended or closed. */
    private String contractStatus(LocalDate start, LocalDate end) {
        if (start.isAfter(today)) {
            return random.nextInt(3) == 0 ? "DRAFT" : "CONCLUDED";
        }
        if (!end.isBefore(today)) {
            return "IN_PROGRESS";
        }
        return end.isAfter(today.minusDays(90)) || random.nextInt(4) == 0 ? "ENDED" : "CLOSED";
    }

    /** 0–4 submissions, 2.3 on average, for an obligation already due (about two over all obligations); 3% none. */
    private int submissionsFor() {
        int r = random.nextInt(100);
        return r < 3 ? 0 : r < 20 ? 1 : r < 60 ? 2 : r < 90 ? 3 : 4;
    }

    private int[] threeClauses() {
        int a = random.nextInt(clauses.size());
        int b;
        int c;
        do {
            b = random.nextInt(clauses.size());
        } while (b == a);
        do {
            c = random.nextInt(clauses.size());
        } while (c == a || c == b);
        return new int[] {a, b, c};
    }

    private void addContract(MultiRowInsert ps, long id, long contractorId, String status, LocalDate start,
            LocalDate end) throws SQLException {
        OffsetDateTime created = start.minusDays(60 + random.nextInt(60)).atTime(10, random.nextInt(60)).atZone(CITY)
                .toOffsetDateTime();
        boolean concluded = !"DRAFT".equals(status);
        boolean started = "IN_PROGRESS".equals(status) || "ENDED".equals(status) || "CLOSED".equals(status);
        boolean ended = "ENDED".equals(status) || "CLOSED".equals(status);
        boolean personal = random.nextInt(10) < 6;
        ps.setLong(1, id);
        ps.setString(2, "BENCH-" + id);
        ps.setString(3, SECTIONS[random.nextInt(SECTIONS.length)] + " " + WORKS[random.nextInt(WORKS.length)] + "業務委託");
        ps.setLong(4, departments.get(random.nextInt(departments.size())));
        ps.setLong(5, contractorId);
        ps.setObject(6, start);
        ps.setObject(7, end);
        ps.setLong(8, 100_000L * (1 + random.nextInt(500)));
        ps.setString(9, levels.get(random.nextInt(levels.size())));
        ps.setInt(10, 1 + random.nextInt(2));
        ps.setInt(11, 1 + random.nextInt(2));
        ps.setBoolean(12, random.nextInt(10) == 0);
        ps.setBoolean(13, random.nextInt(3) == 0);
        ps.setBoolean(14, random.nextBoolean());
        ps.setBoolean(15, personal);
        ps.setBoolean(16, personal && random.nextInt(8) == 0);
        ps.setBoolean(17, random.nextInt(3) == 0);
        ps.setBoolean(18, random.nextInt(4) == 0);
        ps.setBoolean(19, random.nextInt(5) == 0);
        ps.setString(20, status);
        ps.setObject(21, created);
        ps.setObject(22, concluded ? created.plusDays(20) : null);
        ps.setString(23, concluded ? "bench-procurement" : null);
        ps.setObject(24, started ? start.atTime(9, 0).atZone(CITY).toOffsetDateTime() : null);
        ps.setObject(25, ended ? end.plusDays(1).atTime(9, 0).atZone(CITY).toOffsetDateTime() : null);
        ps.setObject(26, "CLOSED".equals(status) ? end.plusDays(30).atTime(9, 0).atZone(CITY).toOffsetDateTime() : null);
        ps.setString(27, "CLOSED".equals(status) ? "bench-procurement" : null);
        ps.addBatch();
    }

    private void addSubmission(MultiRowInsert submission, MultiRowInsert file, MultiRowInsert link,
            long obligationId, int versionNo, LocalDate due, String decision) throws SQLException {
        long id = nextId++;
        long fileId = nextId++;
        OffsetDateTime at = due.minusDays(10).plusDays(12L * versionNo).atTime(9 + random.nextInt(8), random.nextInt(60))
                .atZone(CITY).toOffsetDateTime();
        file.setLong(1, fileId);
        file.setString(2, "証跡_" + obligationId + "_第" + versionNo + "版.pdf");
        file.setLong(3, FILE_CONTENT.length);
        file.setString(4, fileSha256);
        file.setObject(5, at);
        file.setString(6, "bench-contractor");
        file.setString(7, STORAGE_KEY);
        file.addBatch();
        submission.setLong(1, id);
        submission.setLong(2, obligationId);
        submission.setInt(3, versionNo);
        submission.setString(4, "bench-contractor");
        submission.setString(5, "委託 担当者");
        submission.setString(6, "bench-contractor@example.jp");
        submission.setObject(7, at);
        submission.setString(8, versionNo == 1 ? "ご確認をお願いします。" : "ご指摘の点を修正しました。");
        submission.setString(9, decision);
        submission.setString(10, decision == null ? null : "bench-procurement");
        submission.setObject(11, decision == null ? null : at.plusDays(3));
        submission.setString(12, "RETURNED".equals(decision) ? "記載事項に不足があります。" : null);
        submission.addBatch();
        link.setLong(1, id);
        link.setLong(2, fileId);
        link.addBatch();
    }
}
