package jp.kochi.vrm.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Optional;

/**
 * The contractor the signed-in user acts for. It comes only from the signed-in token's {@code contractorId}
 * claim (set by the city when it provisions the user in Keycloak), never from a request parameter, so no page
 * or request can choose another contractor.
 */
@RequestScoped
public class ContractorIdentity {

    @Inject
    private OpenIdContext openIdContext;

    private Optional<Long> contractorId;

    /** The contractor's id, or empty when the token names none (or a malformed one). */
    public Optional<Long> contractorId() {
        if (contractorId == null) {
            contractorId = fromToken();
        }
        return contractorId;
    }

    private Optional<Long> fromToken() {
        try {
            return openIdContext.getClaims().getStringClaim("contractorId")
                    .filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
