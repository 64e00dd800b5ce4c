package jp.kochi.vrm.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Optional;
import jp.kochi.vrm.account.PortalAccounts;

/**
 * The contractor the signed-in user acts for. It comes only from the signed-in token's {@code contractorId}
 * claim (set by the city when it provisions the user in Keycloak), never from a request parameter, and only while
 * the portal holds an enabled account for that Keycloak user with the same contractor: so no page or request can
 * choose another contractor, and a user disabled in the portal reaches no record even before Keycloak has followed.
 * {@link jp.kochi.vrm.account.PortalAccountGate} refuses such users at the door; this is the services' own check.
 */
@RequestScoped
public class ContractorIdentity {

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private PortalAccounts accounts;

    private Optional<Long> contractorId;

    /** The contractor's id, or empty when the token names none, a malformed one, or one the account does not hold. */
    public Optional<Long> contractorId() {
        if (contractorId == null) {
            contractorId = resolve();
        }
        return contractorId;
    }

    private Optional<Long> resolve() {
        try {
            return accounts.admittedContractorId(openIdContext.getSubject(),
                    openIdContext.getClaims().getStringClaim("contractorId").orElse(null));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
