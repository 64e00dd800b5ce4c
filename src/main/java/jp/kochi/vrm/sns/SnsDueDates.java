package jp.kochi.vrm.sns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
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
 * The social media accounts' dates: the yearly review (a year after opening until the first one is recorded) and
 * dormancy (an active account without a logged post for {@code VRM_SNS_DORMANT_DAYS}; dormant accounts get
 * hijacked, so it is reminded weekly while it lasts). The responsible person and the deputy answer for them. The
 * dashboard's counts and first rows are read with the same conditions.
 */
@ApplicationScoped
public class SnsDueDates implements DueDateSource {

    public static final DueKind SNS_REVIEW = new DueKind("SNS_REVIEW", List.of(30, 7, 0), true, true,
            "SNSアカウントの年次点検", "/staff/sns/view.xhtml?id=", null);
    public static final DueKind SNS_DORMANT = new DueKind("SNS_DORMANT", List.of(14, 0), true, true,
            "SNSアカウントの休眠", "/staff/sns/view.xhtml?id=", null);

    /**
     * A post whose self-check failed (不適合), open until someone other than the one who logged it closes the finding:
     * the security officers hear of it at the next reminder run and weekly while it stays open.
     */
    public static final DueKind SNS_FINDING = new DueKind("SNS_FINDING", List.of(0), true, true,
            "SNS投稿のセルフチェック不適合", "/staff/sns/view.xhtml?id=", null);

    private static final java.util.Map<String, String> PLATFORMS = java.util.Map.of("X", "X", "FACEBOOK", "Facebook",
            "INSTAGRAM", "Instagram", "LINE", "LINE", "YOUTUBE", "YouTube", "TIKTOK", "TikTok", "NOTE", "note",
            "OTHER", "その他");

    @Override
    public List<DueKind> kinds() {
        return List.of(SNS_REVIEW, SNS_DORMANT, SNS_FINDING);
    }

    @Override
    public List<DueItem> due(EntityManager em, DueQuery q) {
        List<DueItem> items = new ArrayList<>();
        LocalDate reviewHorizon = q.horizon(SNS_REVIEW);
        for (Object row : em.createNativeQuery("SELECT a.id, a.review_due, a.opened_on, a.display_name, a.platform, "
                + "a.responsible_user, a.deputy_user FROM sns_account a WHERE a.status <> 'CLOSED' "
                + "AND (a.review_due <= ?1 OR (a.review_due IS NULL AND a.opened_on <= ?2))")
                .setParameter(1, reviewHorizon).setParameter(2, reviewHorizon.minusYears(1)).getResultList()) {
            Object[] r = (Object[]) row;
            long id = Rows.id(r[0]);
            items.add(new DueItem(SNS_REVIEW, id, id, SnsAccount.reviewDue(Rows.date(r[1]), Rows.date(r[2])),
                    title(r), null, recipients(r)));
        }
        int dormant = q.settings().snsDormantDays();
        for (Object row : em.createNativeQuery("SELECT a.id, a.last_post_on, a.opened_on, a.display_name, a.platform, "
                + "a.responsible_user, a.deputy_user FROM sns_account a WHERE a.status = 'ACTIVE' "
                + "AND COALESCE(a.last_post_on, a.opened_on) <= ?1")
                .setParameter(1, q.horizon(SNS_DORMANT).minusDays(dormant)).getResultList()) {
            Object[] r = (Object[]) row;
            long id = Rows.id(r[0]);
            LocalDate last = r[1] != null ? Rows.date(r[1]) : Rows.date(r[2]);
            items.add(new DueItem(SNS_DORMANT, id, id, last.plusDays(dormant), title(r), null, recipients(r)));
        }
        for (Object row : em.createNativeQuery("SELECT p.id, p.posted_on, a.id, a.display_name, a.platform, "
                + "a.responsible_user FROM sns_post p JOIN sns_account a ON a.id = p.account_id "
                + "WHERE p.flagged = ?1 AND p.resolved_at IS NULL AND p.posted_on <= ?2")
                .setParameter(1, Boolean.TRUE).setParameter(2, q.horizon(SNS_FINDING)).getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new DueItem(SNS_FINDING, Rows.id(r[0]), Rows.id(r[2]), Rows.date(r[1]),
                    Rows.text(r[3]) + "（" + PLATFORMS.getOrDefault(Rows.text(r[4]), Rows.text(r[4])) + "）", null,
                    List.of(Recipient.role(Roles.SECURITY_OFFICER), Recipient.user(Rows.text(r[5])))));
        }
        return items;
    }

    private static final String COLUMNS = "a.display_name, a.platform, a.responsible_user, a.deputy_user";
    private static final String[] RECIPIENTS = {"user:a.responsible_user", "user:a.deputy_user"};
    /** The day the dormancy counts from. */
    private static final String LAST = "COALESCE(a.last_post_on, a.opened_on)";

    /**
     * The yearly reviews not yet recorded come due a year after the opening ({@link SnsAccount#reviewDue}): the
     * first opening day whose review is due on or after {@code day}, so that "due before {@code day}" is "opened
     * before it" (exactly, also around 29 February).
     */
    static LocalDate firstOpenedDueFrom(LocalDate day) {
        LocalDate b = day.minusYears(1);
        while (!SnsAccount.reviewDue(null, b).isBefore(day)) {
            b = b.minusDays(1);
        }
        return b.plusDays(1);
    }

    @Override
    public DueCount count(EntityManager em, DueQuery q, DueKind kind, DueScope scope) {
        LocalDate today = q.today();
        LocalDate horizon = q.horizon(kind);
        if (kind.equals(SNS_REVIEW)) {
            // With a review date, that date; without, the opening day (due a year later), as in due().
            DueSql recorded = new DueSql("SELECT COUNT(CASE WHEN a.review_due < ? THEN 1 END), COUNT(*) "
                    + "FROM sns_account a WHERE a.status <> 'CLOSED' AND a.review_due <= ?", today, horizon);
            scope.restrict(recorded, List.of(), RECIPIENTS);
            DueSql first = new DueSql("SELECT COUNT(CASE WHEN a.opened_on < ? THEN 1 END), COUNT(*) "
                    + "FROM sns_account a WHERE a.status <> 'CLOSED' AND a.review_due IS NULL AND a.opened_on <= ?",
                    firstOpenedDueFrom(today), horizon.minusYears(1));
            scope.restrict(first, List.of(), RECIPIENTS);
            return recorded.counts(em, q).plus(first.counts(em, q));
        }
        if (kind.equals(SNS_DORMANT)) {
            int dormant = q.settings().snsDormantDays();
            DueSql sql = new DueSql("SELECT COUNT(CASE WHEN " + LAST + " < ? THEN 1 END), COUNT(*) "
                    + "FROM sns_account a WHERE a.status = 'ACTIVE' AND " + LAST + " <= ?", today.minusDays(dormant),
                    horizon.minusDays(dormant));
            scope.restrict(sql, List.of(), RECIPIENTS);
            return sql.counts(em, q);
        }
        return DueDateSource.super.count(em, q, kind, scope);
    }

    @Override
    public List<DueItem> first(EntityManager em, DueQuery q, DueKind kind, DueWindow window, DueScope scope,
            int limit) {
        LocalDate today = q.today();
        LocalDate horizon = q.horizon(kind);
        List<DueItem> items = new ArrayList<>();
        if (kind.equals(SNS_REVIEW)) {
            DueSql recorded = new DueSql("SELECT a.id, a.review_due, a.opened_on, " + COLUMNS + " FROM sns_account a "
                    + "WHERE a.status <> 'CLOSED'");
            window.restrict(recorded, "a.review_due", today, horizon.plusDays(1));
            scope.restrict(recorded, List.of(), RECIPIENTS);
            DueSql first = new DueSql("SELECT a.id, a.review_due, a.opened_on, " + COLUMNS + " FROM sns_account a "
                    + "WHERE a.status <> 'CLOSED' AND a.review_due IS NULL AND a.opened_on <= ?", horizon.minusYears(1));
            window.restrict(first, "a.opened_on", firstOpenedDueFrom(today), horizon.minusYears(1).plusDays(1));
            scope.restrict(first, List.of(), RECIPIENTS);
            for (DueSql sql : List.of(recorded.append(" ORDER BY a.review_due, a.id"),
                    first.append(" ORDER BY a.opened_on, a.id"))) {
                for (Object[] r : sql.rows(em, q, limit)) {
                    long id = Rows.id(r[0]);
                    items.add(new DueItem(SNS_REVIEW, id, id, SnsAccount.reviewDue(Rows.date(r[1]), Rows.date(r[2])),
                            title(r), null, recipients(r)));
                }
            }
            // Both parts in due date order: merged (stable, the recorded ones first on a day), the first few kept.
            return items.stream().sorted(java.util.Comparator.comparing(DueItem::dueDate)).limit(limit).toList();
        }
        if (kind.equals(SNS_DORMANT)) {
            int dormant = q.settings().snsDormantDays();
            DueSql sql = new DueSql("SELECT a.id, a.last_post_on, a.opened_on, " + COLUMNS + " FROM sns_account a "
                    + "WHERE a.status = 'ACTIVE'");
            window.restrict(sql, LAST, today.minusDays(dormant), horizon.minusDays(dormant).plusDays(1));
            scope.restrict(sql, List.of(), RECIPIENTS);
            for (Object[] r : sql.append(" ORDER BY " + LAST + ", a.id").rows(em, q, limit)) {
                long id = Rows.id(r[0]);
                LocalDate last = r[1] != null ? Rows.date(r[1]) : Rows.date(r[2]);
                items.add(new DueItem(SNS_DORMANT, id, id, last.plusDays(dormant), title(r), null, recipients(r)));
            }
            return items;
        }
        return DueDateSource.super.first(em, q, kind, window, scope, limit);
    }

    private static String title(Object[] r) {
        String platform = Rows.text(r[4]);
        return Rows.text(r[3]) + "（" + PLATFORMS.getOrDefault(platform, platform) + "）";
    }

    private static List<String> recipients(Object[] r) {
        return java.util.Arrays.asList(Recipient.user(Rows.text(r[5])), Recipient.user(Rows.text(r[6])));
    }
}
