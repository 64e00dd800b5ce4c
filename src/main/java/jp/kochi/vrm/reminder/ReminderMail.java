package jp.kochi.vrm.reminder;

import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.platform.Dates;

/**
 * The reminder mail, in Japanese: what is due, when, how far off or overdue, and where to see it in the portal.
 * Plain text; the title is the record's own text (no markup is interpreted in a text mail).
 *
 * @param subject the subject line
 * @param body the text
 */
public record ReminderMail(String subject, String body) {

    static final int MAX_SUBJECT = 300;

    /**
     * @param kind the item's kind ({@code null} if it is no longer declared: its code is shown)
     * @param forContractor whether the recipient is a contractor's user (links into the contractor portal)
     * @param portalUrl the portal's address ({@code VRM_PORTAL_URL}), {@code null} when not configured
     */
    public static ReminderMail of(DueKind kind, DueRecord item, Reminder reminder, boolean escalation,
            boolean forContractor, String portalUrl) {
        String label = kind == null ? item.getKind() : kind.label();
        int left = reminder.getDaysLeft();
        String when = left > 0 ? "期限まであと" + left + "日" : left == 0 ? "本日が期限" : "期限を" + (-left) + "日超過";
        String subject = "【高知市】" + (escalation ? "［要確認・期限超過］" : "") + label + "：" + when + "（"
                + Dates.format(item.getDueDate()) + "） " + item.getTitle();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        StringBuilder b = new StringBuilder();
        b.append("ご担当者様\n\n");
        if (escalation) {
            b.append("次の項目は期限を過ぎ、まだ完了していません。情報セキュリティ担当者として状況をご確認ください。\n\n");
        } else if (left > 0) {
            b.append("次の項目の期限が近づいています。期限までに対応をお願いします。\n\n");
        } else if (left == 0) {
            b.append("次の項目は本日が期限です。\n\n");
        } else {
            b.append("次の項目は期限を過ぎています。至急対応をお願いします。\n\n");
        }
        b.append("種別：").append(label).append('\n');
        b.append("対象：").append(item.getTitle()).append('\n');
        b.append("期限：").append(Dates.format(item.getDueDate())).append("（").append(when).append("）\n\n");
        if (portalUrl != null) {
            String path = kind == null ? "/index.xhtml" : kind.path(item.getLinkId(), forContractor);
            b.append("確認・対応はこちらから（シングルサインオンでログインしてください）：\n")
                    .append(portalUrl).append(path).append("\n\n");
            b.append("お知らせの一覧：").append(portalUrl).append(NotificationsPaths.LIST).append("\n\n");
        } else {
            b.append("ポータルにログインし、「お知らせ」からご確認ください。\n\n");
        }
        if (left < 0 && !escalation) {
            b.append("期限を過ぎている間、このお知らせは毎週お送りします。\n");
        }
        b.append("このメールは送信専用です。ご不明な点は情報セキュリティ担当までお問い合わせください。\n");
        b.append("高知市 委託先・外部サービス リスク管理ポータル\n");
        return new ReminderMail(subject, b.toString());
    }
}
