package jp.kochi.vrm.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * An absolute limit on a portal session ({@code VRM_SESSION_MAX_HOURS}, 10 hours by default) on top of the idle
 * timeout: a session kept alive all day and night on a shared PC still ends. The first request after the limit ends
 * the session and is sent to the same address again, which asks for sign-in (Keycloak's own session has the same
 * limit in the realm).
 */
@WebFilter(filterName = "sessionLifetime", urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionLifetimeFilter.class.getName());
    /** Session attribute: when the session's user signed in. */
    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getUserPrincipal() == null ? null : request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            Object signedIn = session.getAttribute(SIGNED_IN_AT);
            if (!(signedIn instanceof Instant at)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (outlived(at, now, settings.sessionMaxLifetime())) {
                String user = request.getUserPrincipal().getName();
                LOG.info(() -> "Session of " + user + " ended after " + settings.sessionMaxLifetime().toHours()
                        + " hours (VRM_SESSION_MAX_HOURS)");
                session.invalidate();
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + ("GET".equals(request.getMethod()) && query != null
                        ? "?" + query : ""));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether a session signed in at {@code signedInAt} has outlived {@code limit} at {@code now}. */
    static boolean outlived(Instant signedInAt, Instant now, Duration limit) {
        return !now.isBefore(signedInAt.plus(limit));
    }
}
