package jp.kochi.vrm.reminder;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kochi.vrm.cloud.ServiceDueDates;
import jp.kochi.vrm.contract.ContractDueDates;
import jp.kochi.vrm.contractor.ContractorDueDates;
import jp.kochi.vrm.contractor.PagingDatabase;
import jp.kochi.vrm.due.ReminderSettings;
import jp.kochi.vrm.sns.SnsDueDates;

/**
 * One reminder run over 10,000 and 100,000 dated items, 1% of them due (and 100,000 with 0.1% due) ({@code ./mvnw -Preminder-benchmark};
 * results in BENCHMARKS.md). Half the items are certifications (one per contractor), half obligations (ten per
 * contract); every hundredth is due (within its lead time or overdue), the rest lie beyond the horizon. The database
 * is the portal's schema by its migrations: in-memory H2, or PostgreSQL with {@code -Dit.db=postgresql}
 * {@code -Dit.db.url=... -Dit.db.user=... -Dit.db.password=...}. A run is the whole job step in one transaction:
 * the lock, every source's query, the items, reminders and notifications written. It is measured as the first run
 * on the data (everything due is new) repeated after deleting what the previous one wrote, and as the run that
 * follows it (nothing new); medians of {@value #ROUNDS} rounds after {@value #WARMUP} warm-up rounds (the first scenario would otherwise run on a
 * cold JIT and look slower than it is).
 */
public final class ReminderBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final int ROUNDS = 15;
    static final int WARMUP = 25;

    public static void main(String[] args) throws Exception {
        // {items, one item in how many is due}: the two, and 100,000 with as many due as 10,000 (0.1 %), which
        // shows whether a run depends on the table sizes at all.
        int[][] scenarios = {{10_000, 100}, {100_000, 100}, {100_000, 1000}};
        List<String> lines = new ArrayList<>();
        for (int[] scenario : scenarios) {
            int size = scenario[0];
            int every = scenario[1];
            try (PagingDatabase db = PagingDatabase.open("reminder_bench", "reminder-bench/META-INF/persistence.xml", "reminder-bench")) {
                long t0 = System.nanoTime();
                int due = seed(db, size, every);
                double seedS = (System.nanoTime() - t0) / 1e9;
                ReminderEngine engine = new ReminderEngine(List.of(new ContractDueDates(), new ContractorDueDates(),
                        new ServiceDueDates(), new SnsDueDates()));
                ReminderSettings settings = ReminderSettings.defaults(90);
                double[] first = new double[ROUNDS];
                double[] again = new double[ROUNDS];
                int written = 0;
                for (int round = -WARMUP; round < ROUNDS; round++) {
                    clear(db);
                    long a = System.nanoTime();
                    ReminderEngine.RunResult r = run(db, engine, settings);
                    long b = System.nanoTime();
                    ReminderEngine.RunResult r2 = run(db, engine, settings);
                    long c = System.nanoTime();
                    if (r2.newReminders() != 0) {
                        throw new IllegalStateException("second run wrote " + r2.newReminders());
                    }
                    written = r.newReminders();
                    if (round >= 0) {
                        first[round] = (b - a) / 1e6;
                        again[round] = (c - b) / 1e6;
                    }
                }
                String line = String.format("%,d dated items (%,d due, %,d reminders written, %s): first run median "
                        + "%.1f ms (min %.1f, max %.1f); next run median %.1f ms; seeding %.1f s", size, due, written,
                        db.postgresql() ? "PostgreSQL" : "H2", median(first), Arrays.stream(first).min().orElse(0),
                        Arrays.stream(first).max().orElse(0), median(again), seedS);
                System.out.println(line);
                lines.add(line);
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static ReminderEngine.RunResult run(PagingDatabase db, ReminderEngine engine, ReminderSettings settings) {
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            ReminderEngine.RunResult r = engine.run(em, TODAY, TODAY.atTime(6, 0).atOffset(ZoneOffset.ofHours(9)),
                    settings);
            em.getTransaction().commit();
            return r;
        } finally {
            em.close();
        }
    }

    static void clear(PagingDatabase db) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM notification");
            st.execute("DELETE FROM reminder");
            st.execute("DELETE FROM due_item");
        }
    }

    /** Inserts {@code size} dated items; answers how many are due. */
    static int seed(PagingDatabase db, int size, int every) throws SQLException {
        OffsetDateTime created = OffsetDateTime.of(2024, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        int certs = size / 2;
        int obligations = size - certs;
        int due = 0;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            DueFixtures f = new DueFixtures(c);
            f.department(1);
            try (PreparedStatement k = c.prepareStatement("INSERT INTO contractor (id, name, name_kana, name_key, "
                    + "kana_key, sole_proprietor, address, representative, status, risk_tier, vetting_valid_until, "
                    + "registered_at, status_rank, risk_rank, version) VALUES (?, ?, 'テスト', ?, ?, TRUE, '高知市', '代表', "
                    + "'APPROVED', 'LOW', ?, ?, 2, 0, 0)");
                    PreparedStatement ce = c.prepareStatement("INSERT INTO certification (id, contractor_id, kind, number, "
                            + "issuer, valid_from, valid_until, version) VALUES (?, ?, 'ISMS', ?, '認証機関', ?, ?, 0)")) {
                for (int i = 1; i <= certs; i++) {
                    k.setLong(1, i);
                    k.setString(2, "株式会社" + i);
                    k.setString(3, "k" + i);
                    k.setString(4, "k" + i);
                    k.setObject(5, TODAY.plusYears(2));
                    k.setObject(6, created);
                    k.addBatch();
                    boolean isDue = i % every == 0;
                    due += isDue ? 1 : 0;
                    LocalDate until = isDue ? TODAY.plusDays(i % 120 - 20) : TODAY.plusDays(400 + i % 700);
                    ce.setLong(1, i);
                    ce.setLong(2, i);
                    ce.setString(3, "N" + i);
                    ce.setObject(4, until.minusYears(3));
                    ce.setObject(5, until);
                    ce.addBatch();
                    if (i % 1000 == 0) {
                        k.executeBatch();
                        ce.executeBatch();
                    }
                }
                k.executeBatch();
                ce.executeBatch();
            }
            c.commit();
            int contracts = (obligations + 9) / 10;
            for (int i = 1; i <= contracts; i++) {
                f.contract(i, 1 + (i % Math.max(1, certs)), 1, "IN_PROGRESS", TODAY.plusYears(2), "proc-" + (i % 20));
                if (i % 1000 == 0) {
                    c.commit();
                }
            }
            c.commit();
            try (PreparedStatement o = c.prepareStatement("INSERT INTO obligation (id, contract_id, contract_clause_id, "
                    + "evidence_name, timing, due_date, status, version) VALUES (?, ?, ?, ?, 'ANNUAL', ?, 'OPEN', 0)")) {
                for (int i = 1; i <= obligations; i++) {
                    long contract = (i - 1) / 10 + 1;
                    boolean isDue = i % every == 0;
                    due += isDue ? 1 : 0;
                    o.setLong(1, i);
                    o.setLong(2, contract);
                    o.setLong(3, contract);
                    o.setString(4, "報告書" + i);
                    o.setObject(5, isDue ? TODAY.plusDays(i % 60 - 25) : TODAY.plusDays(400 + i % 700));
                    o.addBatch();
                    if (i % 1000 == 0) {
                        o.executeBatch();
                    }
                }
                o.executeBatch();
            }
            c.commit();
            // Statistics as a database in use has them (PostgreSQL's autovacuum, H2's own): the planner's choices
            // right after a bulk load would otherwise be for empty tables.
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            c.commit();
        }
        return due;
    }
}
