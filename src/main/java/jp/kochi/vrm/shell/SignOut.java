package jp.kochi.vrm.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.identity.OidcSettings;

/**
 * Sign-out: ends the portal session and then Keycloak's single sign-on session (RP-initiated logout with
 * the ID token as hint), returning to the portal's front page. Posted from the header's form, so a link
 * on another site cannot sign a user out.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OidcSettings oidc;

    @Inject
    private AuditLog auditLog;

    public void signOut() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        String idToken = null;
        try {
            idToken = openIdContext.getIdentityToken().getToken();
        } catch (RuntimeException e) {
            // No OpenID context (session already gone): only the local session is ended.
        }
        if (request.getUserPrincipal() != null) {
            auditLog.recordSignOut(request.getUserPrincipal().getName());
        }
        // The OpenID Connect mechanism keeps the caller in the HTTP session: ending the session signs out of
        // the portal. (request.logout() lets the mechanism write to the response, which then cannot redirect.)
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        StringBuilder target = new StringBuilder(oidc.getEndSessionEndpoint())
                .append("?client_id=").append(enc(oidc.getClientId()))
                .append("&post_logout_redirect_uri=").append(enc(base + "/index.xhtml"));
        if (idToken != null) {
            target.append("&id_token_hint=").append(enc(idToken));
        }
        externalContext.redirect(target.toString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
