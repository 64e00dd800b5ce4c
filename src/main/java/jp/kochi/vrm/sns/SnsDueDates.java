package jp.kochi.vrm.sns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.reminder.DueDateSource;
import jp.kochi.vrm.reminder.DueItem;
import jp.kochi.vrm.reminder.DueKind;
import jp.kochi.vrm.reminder.DueQuery;
import jp.kochi.vrm.reminder.Recipient;
import jp.kochi.vrm.reminder.Rows;

/**
 * The social media accounts' dates: the yearly review (a year after opening until the first one is recorded) and
 * dormancy (an active account without a logged post for {@code VRM_SNS_DORMANT_DAYS}; dormant accounts get
 * hijacked, so it is reminded weekly while it lasts). The responsible person and the deputy answer for them.
 */
@ApplicationScoped
public class SnsDueDates implements DueDateSource {

    public static final DueKind SNS_REVIEW = new DueKind("SNS_REVIEW", List.of(30, 7, 0), true, true,
            "SNSアカウントの年次点検", "/staff/sns/view.xhtml?id=", null);
    public static final DueKind SNS_DORMANT = new DueKind("SNS_DORMANT", List.of(14, 0), true, true,
            "SNSアカウントの休眠", "/staff/sns/view.xhtml?id=", null);

    private static final java.util.Map<String, String> PLATFORMS = java.util.Map.of("X", "X", "FACEBOOK", "Facebook",
            "INSTAGRAM", "Instagram", "LINE", "LINE", "YOUTUBE", "YouTube", "TIKTOK", "TikTok", "NOTE", "note",
            "OTHER", "その他");

    @Override
    public List<DueKind> kinds() {
        return List.of(SNS_REVIEW, SNS_DORMANT);
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
        return items;
    }

    private static String title(Object[] r) {
        String platform = Rows.text(r[4]);
        return Rows.text(r[3]) + "（" + PLATFORMS.getOrDefault(platform, platform) + "）";
    }

    private static List<String> recipients(Object[] r) {
        return java.util.Arrays.asList(Recipient.user(Rows.text(r[5])), Recipient.user(Rows.text(r[6])));
    }
}
