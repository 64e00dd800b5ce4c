package jp.kochi.vrm.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.due.DueCount;
import jp.kochi.vrm.due.DueDateSource;
import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.DueQuery;
import jp.kochi.vrm.due.DueScope;
import jp.kochi.vrm.due.DueSql;
import jp.kochi.vrm.due.DueWindow;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.Rows;
import jp.kochi.vrm.platform.ClockProducer;

/**
 * The contracts' dates: a contract's end (the end-of-contract security check is due; reminded while the contract
 * is still running after it), each obligation's due date until its evidence is accepted, and evidence waiting for
 * review longer than {@code VRM_REMINDERS_SUBMISSION_REVIEW_WAIT_DAYS}. The contract's author answers for them, with
 * the procurement staff for the contract's end and the reviews; obligations go to the contractor's portal users.
 * The dashboard's counts and first rows are read with the same conditions, each list in its date index's order.
 */
@ApplicationScoped
public class ContractDueDates implements DueDateSource {

    public static final DueKind CONTRACT_END = new DueKind("CONTRACT_END", List.of(60, 30, 7, 0), true, true,
            "契約の終了（終了時の確認）", "/staff/contracts/view.xhtml?id=", null);
    public static final DueKind OBLIGATION = new DueKind("OBLIGATION", List.of(30, 7, 0), true, true,
            "提出書類の期限", "/staff/contracts/obligation.xhtml?id=", "/portal/obligation.xhtml?id=");
    public static final DueKind SUBMISSION_REVIEW = new DueKind("SUBMISSION_REVIEW", List.of(0), true, true,
            "提出書類の審査", "/staff/contracts/obligation.xhtml?id=", null);

    /** The procurement staff as a whole, besides the contract's author: someone who may act when the author cannot
     *  (away, left, or barred by the four-eyes rule from reviewing what they recorded themselves). */
    private static final String PROCUREMENT = Recipient.role(jp.kochi.vrm.identity.Roles.PROCUREMENT);

    /** Obligations count while their contract is concluded, in progress or ended (not yet closed). */
    private static final java.util.Set<String> OBLIGATION_CONTRACTS = java.util.Set.of("CONCLUDED", "IN_PROGRESS", "ENDED");

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    /** id, number, title, contractor, status, author of the contracts, by id. */
    private static Map<Long, Object[]> contracts(EntityManager em, java.util.Collection<Long> ids) {
        return Rows.byIds(em, "SELECT c.id, c.contract_number, c.title, c.contractor_id, c.status, c.created_by "
                + "FROM contract c WHERE c.id IN (:ids)", ids);
    }

    @Override
    public List<DueKind> kinds() {
        return List.of(CONTRACT_END, OBLIGATION, SUBMISSION_REVIEW);
    }

    /** A contract's end from c.id, c.period_end, c.contract_number, c.title, c.created_by. */
    private static DueItem contractEnd(Object[] r) {
        long id = Rows.id(r[0]);
        return new DueItem(CONTRACT_END, id, id, Rows.date(r[1]), Rows.title(Rows.text(r[2]), Rows.text(r[3])), null,
                List.of(Recipient.user(Rows.text(r[4])), PROCUREMENT));
    }

    /** A submission waiting for review from s.id, s.submitted_at, s.obligation_id, its obligation and contracts. */
    private static DueItem submissionReview(Object[] r, Object[] o, Map<Long, Object[]> contracts, int wait) {
        Object[] c = contracts.get(Rows.id(o[2]));
        LocalDate submitted = Rows.dateIn(r[1], ClockProducer.CITY_ZONE);
        return new DueItem(SUBMISSION_REVIEW, Rows.id(r[0]), Rows.id(o[0]), submitted.plusDays(wait),
                Rows.title(Rows.text(o[1]), "—", Rows.text(c[1]), Rows.text(c[2])), Rows.idOrNull(c[3]),
                List.of(Recipient.user(Rows.text(c[5])), PROCUREMENT));
    }

    /** The day from which a submission handed in on {@code day} waits too long (its due date is the day before). */
    private static OffsetDateTime submittedBefore(LocalDate day) {
        return day.atStartOfDay(ClockProducer.CITY_ZONE).toOffsetDateTime();
    }

    @Override
    public DueCount count(EntityManager em, DueQuery q, DueKind kind, DueScope scope) {
        LocalDate today = q.today();
        LocalDate end = q.horizon(kind).plusDays(1);
        if (kind.equals(CONTRACT_END)) {
            DueSql sql = new DueSql("SELECT COUNT(CASE WHEN c.period_end < ? THEN 1 END), COUNT(*) FROM contract c "
                    + "WHERE c.status IN ('CONCLUDED', 'IN_PROGRESS') AND c.period_end < ?", today, end);
            scope.restrict(sql, PROCUREMENT, "user:c.created_by");
            return sql.counts(em, q);
        }
        if (kind.equals(OBLIGATION)) {
            DueSql sql = new DueSql("SELECT COUNT(CASE WHEN o.due_date < ? THEN 1 END), COUNT(*) FROM obligation o "
                    + "JOIN contract c ON c.id = o.contract_id WHERE o.status IN ('OPEN', 'RETURNED') "
                    + "AND o.due_date < ? AND c.status IN ('CONCLUDED', 'IN_PROGRESS', 'ENDED')", today, end);
            scope.restrict(sql, List.of(), "contractor:c.contractor_id", "user:c.created_by");
            return sql.counts(em, q);
        }
        if (kind.equals(SUBMISSION_REVIEW)) {
            int wait = q.settings().submissionReviewDays();
            // Every submission has its obligation and contract (foreign keys): joined only to read the author.
            boolean joined = !scope.seesEvery(List.of(PROCUREMENT));
            DueSql sql = new DueSql("SELECT COUNT(CASE WHEN s.submitted_at < ? THEN 1 END), COUNT(*) "
                    + "FROM evidence_submission s" + (joined ? " JOIN obligation o ON o.id = s.obligation_id "
                    + "JOIN contract c ON c.id = o.contract_id" : "") + " WHERE s.decision IS NULL "
                    + "AND s.submitted_at < ?", submittedBefore(today.minusDays(wait)),
                    submittedBefore(end.minusDays(wait)));
            scope.restrict(sql, PROCUREMENT, "user:c.created_by");
            return sql.counts(em, q);
        }
        return DueDateSource.super.count(em, q, kind, scope);
    }

    @Override
    public List<DueItem> first(EntityManager em, DueQuery q, DueKind kind, DueWindow window, DueScope scope,
            int limit) {
        LocalDate today = q.today();
        LocalDate end = q.horizon(kind).plusDays(1);
        List<DueItem> items = new ArrayList<>();
        if (kind.equals(CONTRACT_END)) {
            DueSql sql = new DueSql("SELECT c.id, c.period_end, c.contract_number, c.title, c.created_by "
                    + "FROM contract c WHERE c.status IN ('CONCLUDED', 'IN_PROGRESS')");
            window.restrict(sql, "c.period_end", today, end);
            scope.restrict(sql, PROCUREMENT, "user:c.created_by");
            for (Object[] r : sql.append(" ORDER BY c.period_end, c.id").rows(em, q, limit)) {
                items.add(contractEnd(r));
            }
            return items;
        }
        if (kind.equals(OBLIGATION)) {
            DueSql sql = new DueSql("SELECT o.id, o.due_date, o.evidence_name, c.contract_number, c.title, "
                    + "c.contractor_id, c.created_by FROM obligation o JOIN contract c ON c.id = o.contract_id "
                    + "WHERE o.status IN ('OPEN', 'RETURNED') AND c.status IN ('CONCLUDED', 'IN_PROGRESS', 'ENDED')");
            window.restrict(sql, "o.due_date", today, end);
            scope.restrict(sql, List.of(), "contractor:c.contractor_id", "user:c.created_by");
            for (Object[] r : sql.append(" ORDER BY o.due_date, o.id").rows(em, q, limit)) {
                long id = Rows.id(r[0]);
                Long contractor = Rows.idOrNull(r[5]);
                items.add(new DueItem(OBLIGATION, id, id, Rows.date(r[1]),
                        Rows.title(Rows.text(r[2]), "—", Rows.text(r[3]), Rows.text(r[4])), contractor,
                        java.util.Arrays.asList(Recipient.contractor(contractor), Recipient.user(Rows.text(r[6])))));
            }
            return items;
        }
        if (kind.equals(SUBMISSION_REVIEW)) {
            int wait = q.settings().submissionReviewDays();
            // Joined only to read the author; otherwise the review index alone, the rest by id (see Rows.byIds).
            boolean joined = !scope.seesEvery(List.of(PROCUREMENT));
            DueSql sql = new DueSql("SELECT s.id, s.submitted_at, s.obligation_id FROM evidence_submission s"
                    + (joined ? " JOIN obligation o ON o.id = s.obligation_id JOIN contract c ON c.id = o.contract_id"
                    : "") + " WHERE s.decision IS NULL");
            window.restrict(sql, "s.submitted_at", submittedBefore(today.minusDays(wait)),
                    submittedBefore(end.minusDays(wait)));
            scope.restrict(sql, PROCUREMENT, "user:c.created_by");
            items.addAll(submissionReviews(em, sql.append(" ORDER BY s.submitted_at, s.id").rows(em, q, limit), wait));
            return items;
        }
        return DueDateSource.super.first(em, q, kind, window, scope, limit);
    }

    @Override
    public List<DueItem> due(EntityManager em, DueQuery q) {
        List<DueItem> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT c.id, c.period_end, c.contract_number, c.title, c.created_by "
                + "FROM contract c WHERE c.status IN ('CONCLUDED', 'IN_PROGRESS') AND c.period_end <= ?1")
                .setParameter(1, q.horizon(CONTRACT_END)).getResultList()) {
            items.add(contractEnd((Object[]) row));
        }
        List<Object[]> obligations = rows(em.createNativeQuery("SELECT o.id, o.due_date, o.contract_id FROM obligation o "
                + "WHERE o.status IN ('OPEN', 'RETURNED') AND o.due_date <= ?1")
                .setParameter(1, q.horizon(OBLIGATION)).getResultList());
        Map<Long, Object[]> contracts = contracts(em, obligations.stream().map(r -> Rows.id(r[2])).toList());
        Map<Long, Object[]> evidence = Rows.byIds(em, "SELECT o.id, o.evidence_name FROM obligation o WHERE o.id IN (:ids)",
                obligations.stream().map(r -> Rows.id(r[0])).toList());
        for (Object[] r : obligations) {
            Object[] c = contracts.get(Rows.id(r[2]));
            if (c == null || !OBLIGATION_CONTRACTS.contains(Rows.text(c[4]))) {
                continue;
            }
            long id = Rows.id(r[0]);
            Long contractor = Rows.idOrNull(c[3]);
            items.add(new DueItem(OBLIGATION, id, id, Rows.date(r[1]),
                    Rows.title(Rows.text(evidence.get(id)[1]), "—", Rows.text(c[1]), Rows.text(c[2])), contractor,
                    java.util.Arrays.asList(Recipient.contractor(contractor), Recipient.user(Rows.text(c[5])))));
        }
        int wait = q.settings().submissionReviewDays();
        LocalDate submittedBy = q.horizon(SUBMISSION_REVIEW).minusDays(wait);
        OffsetDateTime before = submittedBy.plusDays(1).atStartOfDay(ClockProducer.CITY_ZONE).toOffsetDateTime();
        items.addAll(submissionReviews(em, rows(em.createNativeQuery("SELECT s.id, s.submitted_at, s.obligation_id "
                + "FROM evidence_submission s WHERE s.decision IS NULL AND s.submitted_at < ?1")
                .setParameter(1, before).getResultList()), wait));
        return items;
    }

    /** The review items of submissions read as {@code id, submitted_at, obligation_id}, with their obligations. */
    private static List<DueItem> submissionReviews(EntityManager em, List<Object[]> waiting, int wait) {
        Map<Long, Object[]> of = Rows.byIds(em, "SELECT o.id, o.evidence_name, o.contract_id FROM obligation o "
                + "WHERE o.id IN (:ids)", waiting.stream().map(r -> Rows.id(r[2])).toList());
        Map<Long, Object[]> theirContracts = contracts(em, of.values().stream().map(r -> Rows.id(r[2])).toList());
        List<DueItem> items = new ArrayList<>();
        for (Object[] r : waiting) {
            items.add(submissionReview(r, of.get(Rows.id(r[2])), theirContracts, wait));
        }
        return items;
    }
}
