package jp.kochi.vrm.identity;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Binds the request's signed-in user to the thread for the services ({@link CallerContext}) while the request, and
 * any forward, include or error page it leads to, is served. Mapped first in {@code web.xml} (after only the plain
 * address check, {@link CanonicalAddressFilter}), it also turns a refused service call that reached it, however
 * wrapped, into the 403 page, with one log line instead of the servlet container's stack trace (the 403 page records the refusal in the audit log).
 */
@WebFilter(filterName = "caller", urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    @Inject
    private OpenIdContext openIdContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (CallerContext.Binding ignored = CallerContext.bind(request, this::tokenGroups)) {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            EJBAccessException refusal = refusal(e);
            if (refusal == null || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + ": "
                    + refusal.getMessage());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * The {@code groups} claim of the signed-in user's current access token (refreshed from Keycloak when it expires),
     * from their session; empty if the session holds no token.
     */
    private Optional<List<String>> tokenGroups() {
        try {
            AccessToken token = openIdContext.getAccessToken();
            return token == null ? Optional.empty() : Optional.of(token.getJwtClaims().getArrayStringClaim("groups"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The refusal at the root of {@code e}, if it is one. */
    static EJBAccessException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException refused) {
                return refused;
            }
            if (t instanceof ServletException s && s.getRootCause() != null && s.getRootCause() != s.getCause()) {
                return refusal(s.getRootCause());
            }
        }
        return null;
    }
}
