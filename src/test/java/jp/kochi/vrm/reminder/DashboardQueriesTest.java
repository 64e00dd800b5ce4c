package jp.kochi.vrm.reminder;

import jp.kochi.vrm.due.DueAnswers;
import jp.kochi.vrm.due.DueCount;
import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.DueQuery;
import jp.kochi.vrm.due.DueScope;
import jp.kochi.vrm.due.DueWindow;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.ReminderSettings;
import jp.kochi.vrm.due.Threshold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kochi.vrm.cloud.ServiceDueDates;
import jp.kochi.vrm.contract.ContractDueDates;
import jp.kochi.vrm.contractor.ContractorDueDates;
import jp.kochi.vrm.contractor.PagingDatabase;
import jp.kochi.vrm.devstack.ContractSeeder;
import jp.kochi.vrm.devstack.ContractorSeeder;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.FigureCache;
import jp.kochi.vrm.sns.SnsDueDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard counts in the database and reads only the first rows ({@link ReminderEngine#count},
 * {@link ReminderEngine#first}), and shows what the whole in-memory collection showed before: the same counts per
 * kind and list, and the same first rows in the same order, for readers who see everything and readers who see the
 * items they answer for (by name, by role, none at all). 400 contractors with their contracts, obligations and
 * submissions (the load benchmark's seeders: hundreds of items due, more than a page) and hand-made items of every
 * kind over the portal's Flyway schema in an in-memory H2 database (or PostgreSQL with {@code -Dit.db=postgresql}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private PagingDatabase db;
    private ReminderEngine engine;
    private final ReminderSettings settings = ReminderSettings.defaults(90);
    /** Submission id to when it was handed in: the order of the review list on one day. */
    private final Map<Long, OffsetDateTime> submitted = new HashMap<>();

    @BeforeAll
    void seed(@TempDir Path files) throws Exception {
        db = PagingDatabase.open("dashboard_test", "reminder-it/META-INF/persistence.xml", "reminder-it");
        // The order the portal gives them (ReminderSetup: by class name).
        engine = new ReminderEngine(List.of(new ServiceDueDates(), new ContractDueDates(), new ContractorDueDates(),
                new SnsDueDates()));
        try (Connection c = db.connection()) {
            DueFixtures f = new DueFixtures(c);
            f.department(1);
            long[] ids = new ContractorSeeder(c, TODAY).seed(400);
            new ContractSeeder(c, TODAY, files).seed(ids[0], ids[1]);
            // Contractors: approved with vetting dates around today, others not reminded.
            for (int i = 0; i < 30; i++) {
                f.contractor(100 + i, i % 5 == 0 ? "ENDED" : i % 7 == 0 ? "SUSPENDED" : "APPROVED",
                        TODAY.plusDays(-40 + 4L * i));
                f.certification(1000 + i, 100 + i, i % 2 == 0 ? "ISMS" : "PRIVACY_MARK", TODAY.plusDays(-50 + 5L * i));
            }
            f.certification(1100, 101, "PRIVACY_MARK", TODAY.plusYears(1)); // supersedes 1001
            // Contracts of three authors, running or not, ending around today, with obligations and submissions.
            String[] authors = {"proc-a", "proc-b", "sns-a"};
            String[] statuses = {"IN_PROGRESS", "CONCLUDED", "ENDED", "CLOSED"};
            long obligation = 3000;
            long submission = 5000;
            for (int i = 0; i < 40; i++) {
                long contract = 2000 + i;
                f.contract(contract, 100 + (i % 30), 1, statuses[i % 4], TODAY.plusDays(-30 + 3L * i), authors[i % 3]);
                for (int k = 0; k < 3; k++) {
                    long o = obligation++;
                    f.obligation(o, contract, k == 2 ? "SUBMITTED" : i % 5 == 0 ? "RETURNED" : "OPEN",
                            TODAY.plusDays(-45 + 2L * i + k));
                    if (k == 2) {
                        // Ids follow the moment handed in (so the review list's order is the id order on a day too).
                        OffsetDateTime at = TODAY.minusDays(20).atTime(9, 0).atOffset(JST).plusHours(11L * i);
                        f.submission(submission, o, at);
                        submitted.put(submission++, at);
                    }
                }
            }
            for (int i = 0; i < 12; i++) {
                f.service(6000 + i, 1, i % 3 == 0 ? "NONE" : i % 3 == 1 ? "ISMAP" : "ISMAP_LIU",
                        i % 3 == 0 ? null : TODAY.plusDays(-20 + 9L * i), TODAY.plusDays(-10 + 4L * i),
                        i % 2 == 0 ? "proc-a" : "proc-c");
                f.usage(7000 + i, 6000 + i, 1, TODAY.plusDays(-15 + 4L * i), i % 2 == 0 ? "user-u" : "proc-a");
                f.exception(8000 + i, 6000 + i, TODAY.plusDays(-9 + 3L * i), i % 3 == 0 ? "officer-g" : "officer-h", i % 4 != 3);
            }
            for (int i = 0; i < 10; i++) {
                f.snsAccount(9000 + i, 1, TODAY.minusDays(330 + 9L * i), i % 4 == 0 ? null : TODAY.minusDays(60 + 5L * i),
                        i % 2 == 0 ? "sns-a" : "sns-b", i % 3 == 0 ? "sns-a" : "sns-c");
                if (i % 3 == 1) {
                    f.exec("UPDATE sns_account SET review_due = ? WHERE id = ?", TODAY.plusDays(-7 + 5L * i), 9000 + i);
                }
                // Failed self-checks: overdue from the day after posting, coming due on the day itself.
                f.snsFlaggedPost(9500 + i, 9000 + i, TODAY.minusDays(i % 5), i % 2 == 0 ? "sns-a" : "sns-b");
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, submitted_at FROM evidence_submission WHERE id >= " + ContractorSeeder.FIRST_ID)) {
                while (rs.next()) {
                    submitted.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
                }
            }
        }
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** The readers' markers (as Oversight gives them), {@code null} for a reader who sees everything. */
    private static Map<String, Set<String>> readers() {
        Map<String, Set<String>> readers = new LinkedHashMap<>();
        readers.put("all", null);
        readers.put("proc-a", markers("proc-a", Roles.PROCUREMENT));
        readers.put("proc-b", markers("proc-b", Roles.PROCUREMENT));
        readers.put("sns-a", markers("sns-a", Roles.SNS_OWNER));
        readers.put("sns-b", markers("sns-b", Roles.SNS_OWNER, Roles.PROCUREMENT));
        readers.put("user-u", markers("user-u", Roles.SNS_OWNER));
        readers.put("nobody", markers("nobody", Roles.SNS_OWNER));
        readers.put("blank", markers(" "));
        // Not dashboard readers, but markers the sources give: a named officer, the officers, a contractor.
        readers.put("officer-g", markers("officer-g", Roles.SECURITY_OFFICER));
        readers.put("officer-h", Set.of("user:officer-h"));
        readers.put("contractor", Set.copyOf(Recipient.markersOf("c-user", List.of(Roles.CONTRACTOR), 102L)));
        return readers;
    }

    private static Set<String> markers(String user, String... roles) {
        return Set.copyOf(Recipient.markersOf(user, List.of(roles), null));
    }

    private static DueScope scope(Set<String> markers) {
        return markers == null ? DueScope.ALL : DueScope.of(markers);
    }

    /** What the dashboard did before: every item collected, filtered by the reader's markers, and counted. */
    private record Before(Map<String, long[]> counts, List<DueItem> overdue, List<DueItem> dueSoon) {
    }

    private Before before(EntityManager em, DueQuery q, Set<String> markers) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (DueKind k : engine.kinds().values()) {
            counts.put(k.code(), new long[2]);
        }
        List<DueItem> overdue = new ArrayList<>();
        List<DueItem> soon = new ArrayList<>();
        for (DueItem i : engine.collect(em, q)) {
            if (markers != null && i.recipients().stream().noneMatch(markers::contains)) {
                continue;
            }
            if (Threshold.reached(i.dueDate(), q.today(), settings.leadDays(i.kind()), true, 1).isEmpty()) {
                continue;
            }
            if (i.dueDate().isBefore(q.today())) {
                overdue.add(i);
                counts.get(i.kind().code())[0]++;
            } else {
                soon.add(i);
                counts.get(i.kind().code())[1]++;
            }
        }
        // Before, the lists were sorted by due date alone (items due the same day in the order collected); the new
        // order adds the kind and each source's own order on a day, so the reference is sorted the same way.
        overdue.sort(order());
        soon.sort(order());
        return new Before(counts, overdue, soon);
    }

    private Comparator<DueItem> order() {
        List<String> kinds = List.copyOf(engine.kinds().keySet());
        return Comparator.comparing(DueItem::dueDate).thenComparingInt(i -> kinds.indexOf(i.kind().code()))
                .thenComparing(i -> i.kind().equals(ContractDueDates.SUBMISSION_REVIEW)
                        ? submitted.get(i.subjectId()).toInstant() : java.time.Instant.EPOCH)
                .thenComparingLong(DueItem::subjectId);
    }

    @Test
    void countsAndFirstRowsAreWhatTheWholeCollectionGave() {
        EntityManager em = db.emf().createEntityManager();
        try {
            int checked = 0;
            for (LocalDate day : List.of(TODAY, TODAY.plusDays(9), TODAY.minusDays(25))) {
                DueQuery q = new DueQuery(day, settings, 0);
                for (Map.Entry<String, Set<String>> s : readers().entrySet()) {
                    DueScope scope = scope(s.getValue());
                    Set<String> markers = s.getValue();
                    Before expected = before(em, q, markers);
                    Map<DueKind, DueCount> counts = engine.count(em, q, scope);
                    String what = s.getKey() + " on " + day;
                    for (Map.Entry<DueKind, DueCount> c : counts.entrySet()) {
                        long[] e = expected.counts().get(c.getKey().code());
                        assertEquals(new DueCount(e[0], e[1]), c.getValue(), c.getKey().code() + ", " + what);
                    }
                    for (int limit : List.of(1, 5, 50)) {
                        assertEquals(expected.overdue().subList(0, Math.min(limit, expected.overdue().size())),
                                engine.first(em, q, DueWindow.OVERDUE, scope, limit, counts),
                                "overdue, first " + limit + ", " + what);
                        assertEquals(expected.dueSoon().subList(0, Math.min(limit, expected.dueSoon().size())),
                                engine.first(em, q, DueWindow.DUE_SOON, scope, limit, counts),
                                "coming due, first " + limit + ", " + what);
                    }
                    checked += expected.overdue().size() + expected.dueSoon().size();
                }
            }
            assertTrue(checked > 1000, "the data set has many items due: " + checked);
        } finally {
            em.close();
        }
    }

    @Test
    void theDataSetHasEveryKindMoreThanAPageAndReadersWhoSeeLess() {
        EntityManager em = db.emf().createEntityManager();
        try {
            DueQuery q = new DueQuery(TODAY, settings, 0);
            Map<DueKind, DueCount> all = engine.count(em, q, DueScope.ALL);
            for (Map.Entry<DueKind, DueCount> c : all.entrySet()) {
                assertTrue(c.getValue().overdue() > 0 && c.getValue().dueSoon() > 0,
                        c.getKey().code() + " has overdue and coming-due items: " + c.getValue());
            }
            long overdue = all.values().stream().mapToLong(DueCount::overdue).sum();
            assertTrue(overdue > 50, "more overdue items than the page shows: " + overdue);
            Map<DueKind, DueCount> snsA = engine.count(em, q, scope(readers().get("sns-a")));
            Map<DueKind, DueCount> nobody = engine.count(em, q, scope(readers().get("nobody")));
            assertTrue(snsA.get(SnsDueDates.SNS_REVIEW).overdue() > 0, "sns-a answers for some accounts");
            assertTrue(snsA.get(SnsDueDates.SNS_DORMANT).overdue() + snsA.get(SnsDueDates.SNS_DORMANT).dueSoon()
                    < all.get(SnsDueDates.SNS_DORMANT).overdue() + all.get(SnsDueDates.SNS_DORMANT).dueSoon(),
                    "but not for all of them");
            assertTrue(nobody.values().stream().allMatch(c -> c.equals(DueCount.NONE)), nobody.toString());
        } finally {
            em.close();
        }
    }

    /** The first opening day whose yearly review is due on or after a day, around leap days too. */
    @Test
    void reviewsWithoutADateAreDueAYearAfterOpening() throws Exception {
        var method = SnsDueDates.class.getDeclaredMethod("firstOpenedDueFrom", LocalDate.class);
        method.setAccessible(true);
        for (LocalDate day = LocalDate.of(2027, 1, 1); day.isBefore(LocalDate.of(2029, 12, 31)); day = day.plusDays(1)) {
            LocalDate first = (LocalDate) method.invoke(null, day);
            for (LocalDate opened = day.minusYears(1).minusDays(5); opened.isBefore(day.minusYears(1).plusDays(5));
                    opened = opened.plusDays(1)) {
                assertEquals(jp.kochi.vrm.sns.SnsAccount.reviewDue(null, opened).isBefore(day), opened.isBefore(first),
                        "opened " + opened + ", day " + day);
            }
        }
    }

    /**
     * Answers kept for the dashboard are the database's answers, and readers whose conditions come out the same share
     * them: a second procurement user asks again only for what depends on who they are.
     */
    @Test
    void keptAnswersAreTheDatabasesAndSharedByReadersWhoSeeTheSame() {
        EntityManager em = db.emf().createEntityManager();
        try {
            FigureCache cache = new FigureCache();
            List<String> readers = List.of("proc-a", "proc-b", "all", "proc-a");
            long[] asks = new long[readers.size()];
            for (int i = 0; i < readers.size(); i++) {
                String reader = readers.get(i);
                DueScope scope = scope(readers().get(reader));
                DueQuery asked = new DueQuery(TODAY, settings, 0);
                DueQuery kept = new DueQuery(TODAY, settings, 0, new DueAnswers(cache, 1));
                long missesBefore = cache.hitsAndMisses()[1];
                Map<DueKind, DueCount> counts = engine.count(em, kept, scope);
                assertEquals(engine.count(em, asked, scope), counts, reader);
                for (DueWindow window : DueWindow.values()) {
                    assertEquals(engine.first(em, asked, window, scope, 50, counts),
                            engine.first(em, kept, window, scope, 50, counts), reader + " " + window);
                }
                asks[i] = cache.hitsAndMisses()[1] - missesBefore;
            }
            assertTrue(asks[0] > 0, "proc-a asks the first time");
            assertTrue(asks[1] > 0 && asks[1] < asks[0],
                    "proc-b asks for its own items and is given the shared ones: " + java.util.Arrays.toString(asks));
            assertTrue(asks[2] > 0, "a reader who sees everything asks for everything");
            assertEquals(0, asks[3], "proc-a again: nothing asked");
            long missesBefore = cache.hitsAndMisses()[1];
            // After a change (another mark) it asks again.
            engine.count(em, new DueQuery(TODAY, settings, 0, new DueAnswers(cache, 2)), scope(readers().get("proc-a")));
            assertTrue(cache.hitsAndMisses()[1] > missesBefore);
        } finally {
            em.close();
        }
    }

    /** The staff home's review queue: the waiting obligations by due date, each with its latest submission. */
    @Test
    void theReviewQueueShowsTheWaitingObligationsByDueDateWithTheirLatestSubmission() throws Exception {
        record Expected(long id, LocalDate due, String contractor, int version, LocalDate submittedOn) {
        }
        List<Expected> expected = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT o.id, o.due_date, k.name, s.version_no, s.submitted_at FROM obligation o "
                        + "JOIN contract ct ON ct.id = o.contract_id JOIN contractor k ON k.id = ct.contractor_id "
                        + "JOIN evidence_submission s ON s.obligation_id = o.id "
                        + "WHERE o.status IN ('SUBMITTED', 'RESUBMITTED') ORDER BY o.due_date, o.id, s.version_no")) {
            while (rs.next()) {
                Expected e = new Expected(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).atZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo"))
                                .toLocalDate());
                if (!expected.isEmpty() && expected.get(expected.size() - 1).id() == e.id()) {
                    expected.set(expected.size() - 1, e); // a later version of the same obligation
                } else {
                    expected.add(e);
                }
            }
        }
        assertTrue(expected.size() > 60, "more waiting than the queue shows: " + expected.size());
        assertTrue(expected.stream().anyMatch(e -> e.version() > 1), "some were handed in again");
        EntityManager em = db.emf().createEntityManager();
        try {
            jp.kochi.vrm.contract.ObligationService service = new jp.kochi.vrm.contract.ObligationService();
            var field = jp.kochi.vrm.contract.ObligationService.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(service, em);
            var kept = jp.kochi.vrm.contract.ObligationService.class.getDeclaredField("cache");
            kept.setAccessible(true);
            kept.set(service, new FigureCache());
            for (int limit : List.of(0, 1, 50)) {
                List<Expected> shown = service.awaitingReview(limit).stream().map(r -> new Expected(r.obligationId(),
                        r.dueDate(), r.contractorName(), r.versionNo(), r.submittedOn())).toList();
                assertEquals(expected.subList(0, limit), shown, "first " + limit);
            }
            assertEquals(expected.size(), service.countAwaitingReview());
        } finally {
            em.close();
        }
    }

    /** The dashboard's figures are kept until this mark moves: it is the audit chain head's sequence. */
    @Test
    void theChangeMarkIsTheAuditChainHeadsSequence() throws Exception {
        EntityManager em = db.emf().createEntityManager();
        try (Connection c = db.connection()) {
            long before = jp.kochi.vrm.audit.ChangeMark.current(em);
            new DueFixtures(c).exec("UPDATE audit_chain_head SET last_seq = last_seq + 1 WHERE id = 1");
            assertEquals(before + 1, jp.kochi.vrm.audit.ChangeMark.current(em));
        } finally {
            em.close();
        }
    }
}
