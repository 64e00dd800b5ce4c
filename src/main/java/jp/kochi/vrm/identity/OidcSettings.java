package jp.kochi.vrm.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Sign-in through Keycloak with Jakarta Security's OpenID Connect mechanism. The realm's roles arrive in
 * the {@code groups} claim (Payara ignores {@code realm_access.roles}) and map 1:1 to the portal's roles. The session
 * follows Keycloak: the access token is refreshed when it expires (its lifetime is the realm's, 5 minutes by default),
 * so a change made in Keycloak reaches a signed-in user within that time.
 * Provider address, client id and secret come from configuration through this bean.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // The page asked for is restored by SignInServlet, not by the mechanism: Soteria's own restoring redirects to
        // the page with the one-time code in its address, drops the page's query and then fails on the stored request
        // (a NullPointerException in RequestData.getParameters()), so every link opened while signed out ended on the
        // error page.
        redirectToOriginalResource = false,
        // An expired access token is refreshed with Keycloak's session: a user disabled or signed out there is signed
        // out here, and a role removed there is gone here (CallerContext reads the current token's groups).
        tokenAutoRefresh = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000)
@DeclareRoles({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.CONTRACTOR, Roles.AUDITOR,
        Roles.ADMIN})
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    private PortalSettings settings;

    public String getProviderUri() {
        return settings.oidcProviderUri();
    }

    public String getClientId() {
        return settings.oidcClientId();
    }

    public String getClientSecret() {
        return settings.oidcClientSecret();
    }

    /** Keycloak's end-session endpoint of the realm. */
    public String getEndSessionEndpoint() {
        return settings.oidcProviderUri() + "/protocol/openid-connect/logout";
    }
}
