package jp.kochi.vrm.contractor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
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
import jp.kochi.vrm.identity.Roles;

/**
 * The contractors' dates: a certification's expiry (the newest of its kind; an older one superseded by a renewal is
 * not reminded) and the re-approval of the vetting. The procurement staff keep the register and answer for them; a
 * certification's expiry also goes to the contractor's portal users, who hand in the renewal. The dashboard's
 * counts and first rows are read with the same conditions, each list in its date index's order.
 */
@ApplicationScoped
public class ContractorDueDates implements DueDateSource {

    public static final DueKind CERTIFICATION = new DueKind("CERTIFICATION", List.of(90, 60, 30, 0), true, true,
            "第三者認証の有効期限", "/staff/contractors/view.xhtml?id=", null);
    public static final DueKind VETTING = new DueKind("VETTING", List.of(60, 30, 7, 0), true, true,
            "選定審査の再承認", "/staff/contractors/view.xhtml?id=", null);

    /** Contractors whose certifications are watched: under review, approved or suspended (not candidates, not ended). */
    private static final java.util.Set<String> WATCHED = java.util.Set.of("UNDER_REVIEW", "APPROVED", "SUSPENDED");

    @Override
    public List<DueKind> kinds() {
        return List.of(CERTIFICATION, VETTING);
    }

    @Override
    public List<DueItem> due(EntityManager em, DueQuery q) {
        List<DueItem> items = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> certifications = (List<Object[]>) em.createNativeQuery("SELECT ce.id, ce.valid_until, ce.kind, "
                + "ce.kind_other, ce.number, ce.contractor_id FROM certification ce WHERE ce.valid_until <= ?1 "
                + "AND " + NEWEST)
                .setParameter(1, q.horizon(CERTIFICATION)).getResultList();
        Map<Long, Object[]> contractors = Rows.byIds(em, "SELECT k.id, k.name, k.status FROM contractor k "
                + "WHERE k.id IN (:ids)", certifications.stream().map(r -> Rows.id(r[5])).toList());
        for (Object[] r : certifications) {
            Object[] k = contractors.get(Rows.id(r[5]));
            if (!WATCHED.contains(Rows.text(k[2]))) {
                continue;
            }
            items.add(certification(r, Rows.id(k[0]), Rows.text(k[1])));
        }
        // The date alone in the condition: with the status beside it, a planner may read every approved contractor.
        for (Object row : em.createNativeQuery("SELECT k.id, k.vetting_valid_until, k.name, k.status FROM contractor k "
                + "WHERE k.vetting_valid_until <= ?1")
                .setParameter(1, q.horizon(VETTING)).getResultList()) {
            Object[] r = (Object[]) row;
            if (!"APPROVED".equals(Rows.text(r[3]))) {
                continue;
            }
            items.add(vetting(r));
        }
        return items;
    }

    /** The certifications due, newest of their kind: the condition of {@link #due} and the dashboard's queries. */
    private static final String NEWEST = "NOT EXISTS (SELECT 1 FROM certification n "
            + "WHERE n.contractor_id = ce.contractor_id AND n.kind = ce.kind "
            + "AND COALESCE(n.kind_other, '') = COALESCE(ce.kind_other, '') "
            + "AND (n.valid_until > ce.valid_until OR (n.valid_until = ce.valid_until AND n.id > ce.id)))";

    /** A certification from ce.id, ce.valid_until, ce.kind, ce.kind_other, ce.number, and its contractor. */
    private static DueItem certification(Object[] r, long contractor, String contractorName) {
        String kind = "OTHER".equals(r[2]) ? Rows.text(r[3]) : kindName(Rows.text(r[2]));
        return new DueItem(CERTIFICATION, Rows.id(r[0]), contractor, Rows.date(r[1]),
                Rows.title(contractorName, "—", kind, Rows.text(r[4])), contractor,
                List.of(Recipient.role(Roles.PROCUREMENT), Recipient.contractor(contractor)));
    }

    /** A vetting's re-approval from k.id, k.vetting_valid_until, k.name. */
    private static DueItem vetting(Object[] r) {
        long id = Rows.id(r[0]);
        return new DueItem(VETTING, id, id, Rows.date(r[1]), Rows.text(r[2]), id,
                List.of(Recipient.role(Roles.PROCUREMENT)));
    }

    @Override
    public DueCount count(EntityManager em, DueQuery q, DueKind kind, DueScope scope) {
        LocalDate today = q.today();
        LocalDate end = q.horizon(kind).plusDays(1);
        String procurement = Recipient.role(Roles.PROCUREMENT);
        if (kind.equals(CERTIFICATION)) {
            DueSql sql = new DueSql("SELECT COUNT(CASE WHEN ce.valid_until < ? THEN 1 END), COUNT(*) "
                    + "FROM certification ce JOIN contractor k ON k.id = ce.contractor_id WHERE ce.valid_until < ? "
                    + "AND k.status IN ('UNDER_REVIEW', 'APPROVED', 'SUSPENDED') AND " + NEWEST, today, end);
            scope.restrict(sql, procurement, "contractor:k.id");
            return sql.counts(em, q);
        }
        if (kind.equals(VETTING)) {
            DueSql sql = new DueSql("SELECT COUNT(CASE WHEN k.vetting_valid_until < ? THEN 1 END), COUNT(*) "
                    + "FROM contractor k WHERE k.vetting_valid_until < ? AND k.status = 'APPROVED'", today, end);
            scope.restrict(sql, procurement);
            return sql.counts(em, q);
        }
        return DueDateSource.super.count(em, q, kind, scope);
    }

    @Override
    public List<DueItem> first(EntityManager em, DueQuery q, DueKind kind, DueWindow window, DueScope scope,
            int limit) {
        LocalDate today = q.today();
        LocalDate end = q.horizon(kind).plusDays(1);
        String procurement = Recipient.role(Roles.PROCUREMENT);
        List<DueItem> items = new ArrayList<>();
        if (kind.equals(CERTIFICATION)) {
            DueSql sql = new DueSql("SELECT ce.id, ce.valid_until, ce.kind, ce.kind_other, ce.number, k.id, k.name "
                    + "FROM certification ce JOIN contractor k ON k.id = ce.contractor_id "
                    + "WHERE k.status IN ('UNDER_REVIEW', 'APPROVED', 'SUSPENDED') AND " + NEWEST);
            window.restrict(sql, "ce.valid_until", today, end);
            scope.restrict(sql, procurement, "contractor:k.id");
            for (Object[] r : sql.append(" ORDER BY ce.valid_until, ce.id").rows(em, q, limit)) {
                items.add(certification(r, Rows.id(r[5]), Rows.text(r[6])));
            }
            return items;
        }
        if (kind.equals(VETTING)) {
            DueSql sql = new DueSql("SELECT k.id, k.vetting_valid_until, k.name FROM contractor k "
                    + "WHERE k.status = 'APPROVED'");
            window.restrict(sql, "k.vetting_valid_until", today, end);
            scope.restrict(sql, procurement);
            // The status first (one value here): so H2 sees the order of contractor_status_vetting_idx and stops after
            // the rows shown.
            for (Object[] r : sql.append(" ORDER BY k.status, k.vetting_valid_until, k.id").rows(em, q, limit)) {
                items.add(vetting(r));
            }
            return items;
        }
        return DueDateSource.super.first(em, q, kind, window, scope, limit);
    }

    static String kindName(String code) {
        return switch (code) {
            case "ISMS" -> "ISMS（ISO/IEC 27001）";
            case "PRIVACY_MARK" -> "プライバシーマーク";
            case "ISMAP_LIU" -> "ISMAP-LIU";
            default -> code;
        };
    }
}
