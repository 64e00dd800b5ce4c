package jp.kochi.vrm.reminder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.identity.CurrentUser;

/**
 * The unread count in the header, worked out once per request; a failure shows no count rather than no page. An
 * error page does not ask: the server renders it without the caller's identity for the EJB container (the call
 * would be refused), and when the database is down the error page must not depend on it.
 */
@Named
@RequestScoped
public class NotificationBadge {

    private static final Logger LOG = Logger.getLogger(NotificationBadge.class.getName());

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private HttpServletRequest request;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = 0L;
            if (currentUser.isSignedIn() && !currentUser.getRoles().isEmpty()
                    && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
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
