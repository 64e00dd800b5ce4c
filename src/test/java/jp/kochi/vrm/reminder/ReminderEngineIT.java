package jp.kochi.vrm.reminder;

import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.RecipientDirectory;
import jp.kochi.vrm.due.ReminderSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kochi.vrm.cloud.ServiceDueDates;
import jp.kochi.vrm.contract.ContractDueDates;
import jp.kochi.vrm.contractor.ContractorDueDates;
import jp.kochi.vrm.contractor.PagingDatabase;
import jp.kochi.vrm.sns.SnsDueDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The reminder engine on the real database (H2, or PostgreSQL with {@code -Dit.db=postgresql}) with the portal's
 * migrations, on fixed dates: every kind reaches the thresholds it should with the right recipients; a second run,
 * and two runs at the same moment on two connections, write nothing twice; the mail step queues one mail per
 * reminder and address.
 */
@Tag("database")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderEngineIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneOffset JST = ZoneOffset.ofHours(9);

    static PagingDatabase db;
    static ReminderEngine engine;
    static ReminderSettings settings = ReminderSettings.defaults(90);

    @BeforeAll
    static void seed() throws SQLException {
        db = PagingDatabase.open("reminder_it", "reminder-it/META-INF/persistence.xml", "reminder-it");
        engine = new ReminderEngine(List.of(new ContractDueDates(), new ContractorDueDates(), new ServiceDueDates(),
                new SnsDueDates()));
        try (Connection c = db.connection()) {
            DueFixtures f = new DueFixtures(c);
            f.department(1);
            f.contractor(10, "APPROVED", TODAY.plusDays(30));
            f.contractor(11, "ENDED", TODAY.minusDays(3));
            f.certification(100, 10, "ISMS", TODAY.plusDays(60));
            f.certification(101, 10, "PRIVACY_MARK", TODAY.minusDays(10));
            f.certification(102, 10, "PRIVACY_MARK", TODAY.plusYears(2));
            f.certification(103, 11, "ISMS", TODAY.plusDays(5));
            f.contract(20, 10, 1, "IN_PROGRESS", TODAY.plusDays(7), "proc-a");
            f.contract(21, 10, 1, "CLOSED", TODAY.minusDays(40), "proc-a");
            f.obligation(40, 20, "OPEN", TODAY.minusDays(8));
            f.obligation(41, 20, "OPEN", TODAY.plusDays(100));
            f.obligation(42, 20, "ACCEPTED", TODAY.minusDays(1));
            f.obligation(43, 20, "SUBMITTED", TODAY.plusDays(20));
            f.obligation(44, 21, "OPEN", TODAY.minusDays(50));
            f.submission(50, 43, TODAY.minusDays(9).atTime(10, 0).atOffset(JST));
            f.service(60, 1, "ISMAP", TODAY, TODAY.plusDays(45), "proc-b");
            f.service(61, 1, "NONE", null, TODAY.plusDays(30), "proc-b");
            f.usage(70, 61, 1, TODAY.plusDays(7), "user-u");
            f.exception(80, 61, TODAY.plusDays(1), "officer-g", true);
            f.snsAccount(90, 1, TODAY.minusDays(400), TODAY.minusDays(100), "sns-a", "sns-b");
            f.portalAccount(95, 10, "c10@example.jp");
        }
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    static ReminderEngine.RunResult run(LocalDate day) {
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            ReminderEngine.RunResult r = engine.run(em, day, day.atTime(6, 0).atOffset(JST), settings);
            em.getTransaction().commit();
            return r;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** "KIND:subject:threshold" of every reminder written. */
    static Set<String> reminders() throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT d.kind, d.subject_id, r.threshold FROM reminder r JOIN due_item d ON d.id = r.due_item_id")) {
            while (rs.next()) {
                out.add(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getString(3));
            }
        }
        return out;
    }

    static Set<String> recipientsOf(String kind, long subject, String threshold) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = db.connection(); var ps = c.prepareStatement("SELECT n.recipient, n.escalation FROM notification n "
                + "JOIN reminder r ON r.id = n.reminder_id JOIN due_item d ON d.id = r.due_item_id "
                + "WHERE d.kind = ? AND d.subject_id = ? AND r.threshold = ?")) {
            ps.setString(1, kind);
            ps.setLong(2, subject);
            ps.setString(3, threshold);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + (rs.getBoolean(2) ? " (escalation)" : ""));
                }
            }
        }
        return out;
    }

    static long count(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @Order(1)
    void everyKindReachesItsThresholdWithItsRecipients() throws SQLException {
        ReminderEngine.RunResult r = run(TODAY);
        Set<String> expected = new TreeSet<>(List.of(
                "CONTRACT_END:20:D7",          // ends in 7 days
                "OBLIGATION:40:O8",            // 8 days overdue: the weekly reminder of day 8
                "SUBMISSION_REVIEW:50:O1",     // handed in 9 days ago, 7 days to review: 2 days overdue
                "CERTIFICATION:100:D60",       // ISMS expires in 60 days (the older Privacy Mark is superseded)
                "VETTING:10:D30",              // vetting valid 30 more days
                "ISMAP_LISTING:60:D0",         // listing ends today
                "SERVICE_REVIEW:61:D30",       // review in 30 days (service 60: 45 days, not yet)
                "USAGE_REVIEW:70:D7",
                "EXCEPTION_EXPIRY:80:D7",      // expires tomorrow: the 7-day threshold is the latest reached
                "SNS_REVIEW:90:O29",           // opened 400 days ago, never reviewed: due 35 days ago
                "SNS_DORMANT:90:O8"));         // last post 100 days ago, dormant after 90: 10 days overdue
        assertEquals(expected, reminders());
        assertEquals(expected.size(), r.newReminders());
        assertEquals(Set.of("contractor:10", "user:proc-a", "role:security-officer (escalation)"),
                recipientsOf("OBLIGATION", 40, "O8"));
        assertEquals(Set.of("user:proc-a", "role:procurement"), recipientsOf("CONTRACT_END", 20, "D7"));
        assertEquals(Set.of("role:procurement", "contractor:10"), recipientsOf("CERTIFICATION", 100, "D60"));
        assertEquals(Set.of("user:officer-g", "user:proc-b", "role:security-officer"),
                recipientsOf("EXCEPTION_EXPIRY", 80, "D7"));
        assertEquals(Set.of("user:sns-a", "user:sns-b", "role:security-officer (escalation)"),
                recipientsOf("SNS_DORMANT", 90, "O8"));
        // The author, and procurement as a whole: the author may be barred (four eyes) from reviewing it.
        assertEquals(Set.of("user:proc-a", "role:procurement", "role:security-officer (escalation)"),
                recipientsOf("SUBMISSION_REVIEW", 50, "O1"));
    }

    @Test
    @Order(2)
    void aSecondRunTheSameDayWritesNothing() throws SQLException {
        long notifications = count("SELECT COUNT(*) FROM notification");
        ReminderEngine.RunResult r = run(TODAY);
        assertEquals(0, r.newReminders());
        assertEquals(0, r.newNotifications());
        assertEquals(11, r.itemsDue());
        assertEquals(notifications, count("SELECT COUNT(*) FROM notification"));
    }

    @Test
    @Order(3)
    void laterDaysReachTheNextThresholdsAndDoneItemsAreResolved() throws SQLException {
        Set<String> before = reminders();
        run(TODAY.plusDays(1));
        Set<String> added = new TreeSet<>(reminders());
        added.removeAll(before);
        // The next day only what crosses a threshold that day: the exception's expiry day, the listing's first day
        // overdue, the review's weekly reminder (day 36); the contract stays at D7 until D0.
        assertEquals(Set.of("EXCEPTION_EXPIRY:80:D0", "ISMAP_LISTING:60:O1", "SNS_REVIEW:90:O36"), added);
        try (Connection c = db.connection()) {
            new DueFixtures(c).exec("UPDATE obligation SET status = 'ACCEPTED' WHERE id = 40");
        }
        ReminderEngine.RunResult r = run(TODAY.plusDays(7));
        Set<String> all = reminders();
        assertTrue(all.contains("CONTRACT_END:20:D0"), all.toString());
        assertTrue(all.contains("USAGE_REVIEW:70:D0"), all.toString());
        assertTrue(all.contains("SNS_DORMANT:90:O15"), all.toString());
        assertTrue(all.contains("EXCEPTION_EXPIRY:80:O1"), "expired exceptions are told once");
        assertTrue(!all.contains("OBLIGATION:40:O15"), "accepted evidence is not reminded again");
        assertEquals(1, count("SELECT COUNT(*) FROM due_item WHERE item_key = 'OBLIGATION:40' AND resolved_at IS NOT NULL"));
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT last_seen_on FROM due_item WHERE item_key = 'CONTRACT_END:20' AND resolved_at IS NULL")) {
            rs.next();
            assertEquals(TODAY.plusDays(7), rs.getObject(1, LocalDate.class), "open items are seen by every run");
        }
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT last_seen_on FROM due_item WHERE item_key = 'OBLIGATION:40'")) {
            rs.next();
            assertEquals(TODAY.plusDays(1), rs.getObject(1, LocalDate.class),
                    "a resolved item keeps the last day it was seen open (the report's late or on time)");
        }
        assertTrue(r.resolved() >= 1);
    }

    @Test
    @Order(4)
    void twoRunsAtTheSameMomentWriteEachReminderOnce() throws Exception {
        LocalDate day = TODAY.plusDays(90);
        Set<String> before = reminders();
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderEngine.RunResult>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    barrier.await();
                    return run(day);
                }));
            }
            int created = 0;
            List<Integer> each = new ArrayList<>();
            for (Future<ReminderEngine.RunResult> f : runs) {
                int n = f.get().newReminders();
                each.add(n);
                created += n;
            }
            Set<String> after = reminders();
            Set<String> added = new HashSet<>(after);
            added.removeAll(before);
            assertTrue(added.size() > 0, "the day brings new thresholds");
            assertEquals(added.size(), created, "each new reminder written by exactly one of the runs");
            assertTrue(each.contains(0), "the run that waited for the lock found nothing left: " + each);
            assertEquals(count("SELECT COUNT(*) FROM reminder"),
                    count("SELECT COUNT(*) FROM (SELECT DISTINCT due_item_id, threshold FROM reminder) x"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void theMailStepQueuesOneMailPerReminderAndAddress() throws SQLException {
        Map<String, List<String>> people = Map.of(
                "user:proc-a", List.of("proc-a@city.example"),
                "role:procurement", List.of("proc-a@city.example", "Proc-B@city.example"),
                "role:security-officer", List.of("sec@city.example"),
                "user:proc-b", List.of("proc-b@city.example"));
        RecipientDirectory directory = (em, marker) -> marker.startsWith(Recipient.CONTRACTOR)
                ? PortalRecipients.contractorAddresses(em, Long.parseLong(marker.substring(Recipient.CONTRACTOR.length())))
                : people.getOrDefault(marker, List.of());
        NotificationMailer mailer = new NotificationMailer(engine.kinds(), directory, "https://vrm.example");
        int mails = 0;
        NotificationMailer.Result r;
        do {
            EntityManager em = db.emf().createEntityManager();
            em.getTransaction().begin();
            r = mailer.queuePending(em, OffsetDateTime.now());
            em.getTransaction().commit();
            em.close();
            mails += r.mails();
        } while (r.notifications() > 0);
        assertTrue(mails > 0);
        assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE mail_state = 'PENDING'"));
        assertEquals(mails, count("SELECT COUNT(*) FROM outgoing_mail"));
        // proc-a is reached by name and through the procurement role for the same certification: one mail.
        assertEquals(count("SELECT COUNT(*) FROM outgoing_mail"),
                count("SELECT COUNT(*) FROM (SELECT DISTINCT dedupe_key FROM outgoing_mail) x"));
        assertEquals(1, count("SELECT COUNT(*) FROM outgoing_mail m WHERE m.recipient = 'c10@example.jp' "
                + "AND m.subject LIKE '%提出書類の期限%8日超過%'"), "the contractor hears of its overdue evidence once");
        assertTrue(count("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = 'sec@city.example' "
                + "AND subject LIKE '%要確認・期限超過%'") > 0, "escalations reach the security officers");
        assertTrue(count("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = 'c10@example.jp' "
                + "AND body LIKE '%https://vrm.example/portal/obligation.xhtml?id=40%'") > 0,
                "the contractor's link leads into the contractor portal");
        assertTrue(count("SELECT COUNT(*) FROM notification WHERE recipient = 'user:sns-a' AND mail_state = 'NO_ADDRESS'")
                > 0, "a person without an address is recorded, not retried for ever");
        EntityManager em = db.emf().createEntityManager();
        em.getTransaction().begin();
        assertEquals(0, mailer.queuePending(em, OffsetDateTime.now()).mails(), "nothing is queued twice");
        em.getTransaction().commit();
        em.close();
    }

    @Test
    @Order(6)
    void aRunOverSomeKindsLeavesTheOthersAndTheDaysRunAlone() throws SQLException {
        LocalDate day = TODAY.plusDays(120); // after every earlier test's day (the concurrent runs took day 90)
        try (Connection c = db.connection()) {
            // Done since the last run: a full run would resolve it; a run over other kinds must not.
            new DueFixtures(c).exec("UPDATE obligation SET status = 'ACCEPTED' WHERE id = 43");
        }
        // What a full run would add that day (rolled back): the kind of the first of those is run alone.
        Set<String> before = reminders();
        String kind;
        EntityManager preview = db.emf().createEntityManager();
        try {
            preview.getTransaction().begin();
            engine.run(preview, day, day.atTime(9, 0).atOffset(JST), settings);
            preview.flush();
            Set<String> wouldAdd = new TreeSet<>();
            for (Object row : preview.createNativeQuery("SELECT d.kind, d.subject_id, r.threshold FROM reminder r "
                    + "JOIN due_item d ON d.id = r.due_item_id").getResultList()) {
                Object[] r = (Object[]) row;
                wouldAdd.add(r[0] + ":" + ((Number) r[1]).longValue() + ":" + r[2]);
            }
            wouldAdd.removeAll(before);
            assertFalse(wouldAdd.isEmpty(), "a full run would write reminders on " + day);
            kind = wouldAdd.iterator().next().split(":")[0];
        } finally {
            preview.getTransaction().rollback();
            preview.close();
        }
        long openBefore = count("SELECT COUNT(*) FROM due_item WHERE resolved_at IS NULL AND kind <> '" + kind + "'");
        Object lastRun = lastRunOn();
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            engine.run(em, day, day.atTime(9, 0).atOffset(JST), settings, Set.of(kind));
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        Set<String> added = new TreeSet<>(reminders());
        added.removeAll(before);
        assertTrue(added.stream().allMatch(r -> r.startsWith(kind + ":")), kind + ": " + added);
        assertTrue(!added.isEmpty(), "the run over " + kind + " wrote its reminders");
        assertEquals(openBefore, count("SELECT COUNT(*) FROM due_item WHERE resolved_at IS NULL AND kind <> '" + kind + "'"),
                "other kinds' records are neither resolved nor added");
        assertEquals(lastRun, lastRunOn(), "the day's run is still the last full one");
    }

    private static Object lastRunOn() throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT last_run_on FROM job_lock WHERE name = 'reminders'")) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
