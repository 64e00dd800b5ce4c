package jp.kochi.vrm.account;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;

/**
 * The contractor portal's door: every request below {@code /portal/}, and a contractor's request for their own pages
 * below {@code /me/} (notifications, calendar feed), passes only when the portal holds an enabled account for the
 * signed-in Keycloak user and the token's {@code contractorId} is that account's contractor. A user disabled while
 * signed in is refused at the next request (the portal session ends, the refusal is audited), whether or not Keycloak
 * has been told yet.
 */
@WebFilter(filterName = "portalAccountGate", urlPatterns = {"/portal/*", "/me/*"})
public class PortalAccountGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalAccounts accounts;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CallerContext callers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean contractorRequest = request.getServletPath().startsWith("/portal/") || callers.has(Roles.CONTRACTOR);
        if (request.getUserPrincipal() != null && contractorRequest && !admitted()) {
            String user = request.getUserPrincipal().getName();
            auditLog.recordAccessDenied(user, request.getRequestURI() + " (no enabled portal account)");
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean admitted() {
        try {
            return accounts.admittedContractorId(openIdContext.getSubject(),
                    openIdContext.getClaims().getStringClaim("contractorId").orElse(null)).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
