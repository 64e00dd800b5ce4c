package jp.kochi.vrm.cloud;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.reminder.DueDateSource;
import jp.kochi.vrm.reminder.DueItem;
import jp.kochi.vrm.reminder.DueKind;
import jp.kochi.vrm.reminder.DueQuery;
import jp.kochi.vrm.reminder.Recipient;
import jp.kochi.vrm.reminder.Rows;

/**
 * The external services' dates: an ISMAP / ISMAP-LIU listing's end, the service's yearly review, a usage's yearly
 * review, and a ceiling exception's expiry. The register's keepers (procurement, and the staff member who
 * registered the service) answer for the service; the requester for a usage; the granting officer for an exception.
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

    @Override
    public List<DueItem> due(EntityManager em, DueQuery q) {
        List<DueItem> items = new ArrayList<>();
        String procurement = Recipient.role(Roles.PROCUREMENT);
        for (Object row : em.createNativeQuery("SELECT s.id, s.ismap_listed_until, s.name, s.ismap_status, "
                + "s.created_by FROM external_service s WHERE s.active = ?2 AND s.ismap_status <> 'NONE' "
                + "AND s.ismap_listed_until <= ?1").setParameter(1, q.horizon(ISMAP_LISTING))
                .setParameter(2, Boolean.TRUE).getResultList()) {
            Object[] r = (Object[]) row;
            long id = Rows.id(r[0]);
            items.add(new DueItem(ISMAP_LISTING, id, id, Rows.date(r[1]),
                    Rows.title(Rows.text(r[2]), "ISMAP_LIU".equals(r[3]) ? "（ISMAP-LIU）" : "（ISMAP）"), null,
                    List.of(procurement, Recipient.user(Rows.text(r[4])))));
        }
        for (Object row : em.createNativeQuery("SELECT s.id, s.review_date, s.name, s.created_by "
                + "FROM external_service s WHERE s.active = ?2 AND s.review_date <= ?1")
                .setParameter(1, q.horizon(SERVICE_REVIEW)).setParameter(2, Boolean.TRUE).getResultList()) {
            Object[] r = (Object[]) row;
            long id = Rows.id(r[0]);
            items.add(new DueItem(SERVICE_REVIEW, id, id, Rows.date(r[1]), Rows.text(r[2]), null,
                    List.of(procurement, Recipient.user(Rows.text(r[3])))));
        }
        for (Object row : em.createNativeQuery("SELECT u.id, u.review_due, s.id, s.name, d.name, u.requested_by "
                + "FROM external_service_usage u JOIN external_service s ON s.id = u.service_id "
                + "JOIN department d ON d.id = u.department_id "
                + "WHERE u.status = 'APPROVED' AND u.review_due <= ?1")
                .setParameter(1, q.horizon(USAGE_REVIEW)).getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new DueItem(USAGE_REVIEW, Rows.id(r[0]), Rows.id(r[2]), Rows.date(r[1]),
                    Rows.title(Rows.text(r[3]), "—", Rows.text(r[4])), null,
                    List.of(Recipient.user(Rows.text(r[5])), OFFICERS)));
        }
        for (Object row : em.createNativeQuery("SELECT e.id, e.expires_on, s.id, s.name, e.level_code, e.granted_by, "
                + "s.created_by FROM external_service_exception e JOIN external_service s ON s.id = e.service_id "
                + "WHERE e.revoked_at IS NULL AND s.active = ?3 AND e.expires_on <= ?1 AND e.expires_on >= ?2")
                .setParameter(1, q.horizon(EXCEPTION_EXPIRY))
                .setParameter(2, q.today().minusDays(EXPIRED_EXCEPTION_DAYS)).setParameter(3, Boolean.TRUE)
                .getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new DueItem(EXCEPTION_EXPIRY, Rows.id(r[0]), Rows.id(r[2]), Rows.date(r[1]),
                    Rows.title(Rows.text(r[3]), "（例外：" + Rows.text(r[4]) + "まで）"), null,
                    List.of(Recipient.user(Rows.text(r[5])), Recipient.user(Rows.text(r[6])), OFFICERS)));
        }
        return items;
    }
}
