package jp.kochi.vrm.cloud;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
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
 * The external services' dates: an ISMAP / ISMAP-LIU listing's end, the service's yearly review, a usage's yearly
 * review, and a ceiling exception's expiry. The register's keepers (procurement, and the staff member who
 * registered the service) answer for the service; the requester for a usage; the requesting officer for an exception
 * (only an approved one expires; one waiting for approval is on the officers' dashboard, {@link ExternalServices#openExceptions}).
 * Each kind's query is written once ({@code Spec}) and serves the reminder run and the dashboard's counts and rows.
 */
@ApplicationScoped
public class ServiceDueDates implements DueDateSource {

    public static final DueKind ISMAP_LISTING = new DueKind("ISMAP_LISTING", List.of(90, 60, 30, 0), true, true,
            "ISMAP登録の有効期限", "/staff/services/view.xhtml?id=", null);
    public static final DueKind SERVICE_REVIEW = new DueKind("SERVICE_REVIEW", List.of(30, 7, 0), true, true,
            "外部サービスの年次見直し", "/staff/services/view.xhtml?id=", null);
    public static final DueKind USAGE_REVIEW = new DueKind("USAGE_REVIEW", List.of(30, 7, 0), true, true,
            "外部サービス利用の年次見直し", "/staff/services/view.xhtml?id=", null);
    /** Once expired, the ceiling drops by itself: one notice the day after, no weekly repeats. */
    public static final DueKind EXCEPTION_EXPIRY = new DueKind("EXCEPTION_EXPIRY", List.of(30, 7, 0), false, false,
            "上限の例外承認の期限", "/staff/services/view.xhtml?id=", null);

    /** The security officers decide usages and exceptions: they hear of their reviews and expiries too. */
    private static final String OFFICERS = Recipient.role(Roles.SECURITY_OFFICER);

    /** How long after its expiry an exception is still reported (so a job that missed the day still tells). */
    static final int EXPIRED_EXCEPTION_DAYS = 7;

    @Override
    public List<DueKind> kinds() {
        return List.of(ISMAP_LISTING, SERVICE_REVIEW, USAGE_REVIEW, EXCEPTION_EXPIRY);
    }

    /**
     * One kind's query: the columns read, the tables and conditions (with their values) besides the date, the date
     * column, who answers for its items besides the columns named in {@code recipientColumns}, and the item of a row.
     */
    private record Spec(DueKind kind, String select, String from, List<Object> values, String date, String fixed,
            String[] recipientColumns, java.util.function.Function<Object[], DueItem> item) {
    }

    private static List<Spec> specs(DueQuery q) {
        String procurement = Recipient.role(Roles.PROCUREMENT);
        return List.of(
                new Spec(ISMAP_LISTING, "s.id, s.ismap_listed_until, s.name, s.ismap_status, s.created_by",
                        "external_service s WHERE s.active = ? AND s.ismap_status <> 'NONE'", List.of(Boolean.TRUE),
                        "s.ismap_listed_until", procurement, new String[] {"user:s.created_by"}, r -> {
                            long id = Rows.id(r[0]);
                            return new DueItem(ISMAP_LISTING, id, id, Rows.date(r[1]), Rows.title(Rows.text(r[2]),
                                    "ISMAP_LIU".equals(r[3]) ? "（ISMAP-LIU）" : "（ISMAP）"), null,
                                    List.of(procurement, Recipient.user(Rows.text(r[4]))));
                        }),
                new Spec(SERVICE_REVIEW, "s.id, s.review_date, s.name, s.created_by",
                        "external_service s WHERE s.active = ?", List.of(Boolean.TRUE), "s.review_date", procurement,
                        new String[] {"user:s.created_by"}, r -> {
                            long id = Rows.id(r[0]);
                            return new DueItem(SERVICE_REVIEW, id, id, Rows.date(r[1]), Rows.text(r[2]), null,
                                    List.of(procurement, Recipient.user(Rows.text(r[3]))));
                        }),
                new Spec(USAGE_REVIEW, "u.id, u.review_due, s.id, s.name, d.name, u.requested_by",
                        "external_service_usage u JOIN external_service s ON s.id = u.service_id "
                                + "JOIN department d ON d.id = u.department_id WHERE u.status = 'APPROVED'",
                        List.of(), "u.review_due", OFFICERS, new String[] {"user:u.requested_by"},
                        r -> new DueItem(USAGE_REVIEW, Rows.id(r[0]), Rows.id(r[2]), Rows.date(r[1]),
                                Rows.title(Rows.text(r[3]), "—", Rows.text(r[4])), null,
                                List.of(Recipient.user(Rows.text(r[5])), OFFICERS))),
                new Spec(EXCEPTION_EXPIRY, "e.id, e.expires_on, s.id, s.name, e.level_code, e.granted_by, s.created_by",
                        "external_service_exception e JOIN external_service s ON s.id = e.service_id "
                                + "WHERE e.revoked_at IS NULL AND e.approved_at IS NOT NULL AND s.active = ? "
                                + "AND e.expires_on >= ?",
                        List.of(Boolean.TRUE, q.today().minusDays(EXPIRED_EXCEPTION_DAYS)), "e.expires_on", OFFICERS,
                        new String[] {"user:e.granted_by", "user:s.created_by"},
                        r -> new DueItem(EXCEPTION_EXPIRY, Rows.id(r[0]), Rows.id(r[2]), Rows.date(r[1]),
                                Rows.title(Rows.text(r[3]), "（例外：" + Rows.text(r[4]) + "まで）"), null,
                                List.of(Recipient.user(Rows.text(r[5])), Recipient.user(Rows.text(r[6])), OFFICERS))));
    }

    private static Spec spec(DueQuery q, DueKind kind) {
        return specs(q).stream().filter(s -> s.kind().equals(kind)).findFirst().orElse(null);
    }

    @Override
    public List<DueItem> due(EntityManager em, DueQuery q) {
        List<DueItem> items = new ArrayList<>();
        for (Spec s : specs(q)) {
            DueSql sql = new DueSql("SELECT " + s.select() + " FROM " + s.from(), s.values().toArray())
                    .and(s.date() + " <= ?", q.horizon(s.kind()));
            for (Object row : sql.query(em).getResultList()) {
                items.add(s.item().apply((Object[]) row));
            }
        }
        return items;
    }

    @Override
    public DueCount count(EntityManager em, DueQuery q, DueKind kind, DueScope scope) {
        Spec s = spec(q, kind);
        if (s == null) {
            return DueDateSource.super.count(em, q, kind, scope);
        }
        DueSql sql = new DueSql("SELECT COUNT(CASE WHEN " + s.date() + " < ? THEN 1 END), COUNT(*) FROM ", q.today())
                .append(s.from(), s.values().toArray()).and(s.date() + " < ?", q.horizon(kind).plusDays(1));
        scope.restrict(sql, s.fixed(), s.recipientColumns());
        return sql.counts(em, q);
    }

    @Override
    public List<DueItem> first(EntityManager em, DueQuery q, DueKind kind, DueWindow window, DueScope scope,
            int limit) {
        Spec s = spec(q, kind);
        if (s == null) {
            return DueDateSource.super.first(em, q, kind, window, scope, limit);
        }
        DueSql sql = new DueSql("SELECT " + s.select() + " FROM " + s.from(), s.values().toArray());
        window.restrict(sql, s.date(), q.today(), q.horizon(kind).plusDays(1));
        scope.restrict(sql, s.fixed(), s.recipientColumns());
        // The id breaks ties, so the order is the same on every call (the first column is each item's own id).
        String id = s.select().substring(0, s.select().indexOf(','));
        return sql.append(" ORDER BY " + s.date() + ", " + id).rows(em, q, limit).stream().map(s.item()).toList();
    }
}
