package jp.kochi.vrm.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/**
 * Contractor home. The contractor a user acts for comes only from the signed-in token's
 * {@code contractorId} claim (set by the city in Keycloak), never from a request parameter.
 */
@Named
@RequestScoped
public class PortalHomePage {

    @Inject
    private OpenIdContext openIdContext;

    public String getContractorId() {
        try {
            return openIdContext.getClaims().getStringClaim("contractorId")
                    .filter(id -> id.matches("[0-9]{1,18}")).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
