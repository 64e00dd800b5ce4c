package jp.kochi.vrm.reminder;

/** The pages of the notifications, for links in mails and the header. */
public final class NotificationsPaths {

    public static final String LIST = "/me/notifications.xhtml";
    public static final String CALENDAR = "/me/calendar.xhtml";
    public static final String DASHBOARD = "/staff/dashboard.xhtml";

    private NotificationsPaths() {
    }
}
