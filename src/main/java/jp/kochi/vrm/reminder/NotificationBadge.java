package jp.kochi.vrm.reminder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.identity.CurrentUser;

/** The unread count in the header, worked out once per request; a failure shows no count rather than no page. */
@Named
@RequestScoped
public class NotificationBadge {

    private static final Logger LOG = Logger.getLogger(NotificationBadge.class.getName());

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = 0L;
            if (currentUser.isSignedIn() && !currentUser.getRoles().isEmpty()) {
                try {
                    unread = notifications.unreadCount();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "unread count not available", e);
                }
            }
        }
        return unread;
    }
}
