package jp.kochi.vrm.reminder;

/** The notification list's page, for the link in every reminder mail. */
public final class NotificationsPaths {

    public static final String LIST = "/me/notifications.xhtml";

    private NotificationsPaths() {
    }
}
