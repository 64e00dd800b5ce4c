package jp.kochi.vrm.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;

/**
 * Writes one audit entry per sign-in: the first request of a session that carries an authenticated user.
 * (Jakarta Security has no sign-in event, and the callback is handled inside the mechanism.)
 */
@WebFilter(filterName = "signInAudit", urlPatterns = "/*")
public class SignInAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The session's mark, named as before the filter moved here from identity, so open sessions keep it. */
    private static final String SIGNED_IN = "jp.kochi.vrm.identity.SignInAuditFilter.recorded";

    @Inject
    private AuditLog auditLog;

    @Inject
    private CallerContext callers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(SIGNED_IN) == null) {
                session.setAttribute(SIGNED_IN, Boolean.TRUE);
                auditLog.recordSignIn(request.getUserPrincipal().getName(),
                        String.join(",", Roles.ALL.stream().filter(callers::has).toList()));
            }
        }
        chain.doFilter(request, response);
    }
}
