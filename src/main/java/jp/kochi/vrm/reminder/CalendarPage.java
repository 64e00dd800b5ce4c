package jp.kochi.vrm.reminder;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * {@code /me/calendar.xhtml}: the user's iCalendar feed. The address is shown once, right after it is made (only
 * its hash is kept); the user can make a new one, which ends the old, or revoke it.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarFeeds feeds;

    @Inject
    private PortalSettings settings;

    @Inject
    private UiMessages messages;

    private CalendarFeed feed;
    private boolean loaded;
    private String newAddress;

    public void load() {
        if (!loaded) {
            feed = feeds.mine().orElse(null);
            loaded = true;
        }
    }

    public void issue() {
        String token = feeds.issue();
        newAddress = base() + "/api/calendar/" + token + ".ics";
        feed = feeds.mine().orElse(null);
        messages.info("calendar.issued");
    }

    public void revoke() {
        if (feeds.revokeMine()) {
            messages.info("calendar.revoked");
        }
        newAddress = null;
        feed = null;
    }

    private String base() {
        String configured = settings.portalUrl();
        if (configured != null) {
            return configured;
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.getRequestScheme() + "://" + ec.getRequestServerName() + ":" + ec.getRequestServerPort()
                + ec.getRequestContextPath();
    }

    public CalendarFeed getFeed() {
        return feed;
    }

    public String getNewAddress() {
        return newAddress;
    }
}
