package jp.kochi.vrm.reminder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.platform.faces.UiMessages;

/** {@code /me/notifications.xhtml}: the signed-in user's notifications, newest first, with read state. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Notifications notifications;

    @Inject
    private UiMessages messages;

    private boolean unreadOnly;
    private List<NotificationItem> items;

    public void load() {
        if (items == null) {
            find();
        }
    }

    public void find() {
        items = notifications.mine(unreadOnly);
    }

    public void markRead(long reminderId) {
        notifications.markRead(reminderId);
        find();
    }

    public void markAllRead() {
        int n = notifications.markAllRead();
        messages.info("notifications.allRead", n);
        find();
    }

    public List<NotificationItem> getItems() {
        return items;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
