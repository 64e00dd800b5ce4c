package jp.kochi.vrm.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The signed-in user as the header and menus show them: name, roles, and the areas they may open. Flags
 * here only mirror the URL constraints and {@code @Allowed}; they hide links, they do not grant.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private CallerContext callers;

    private List<String> roles;

    /** Home page of a caller with these roles, or {@code null} when they hold none of the portal's. */
    public static String homeFor(Predicate<String> hasRole) {
        if (Roles.STAFF.stream().anyMatch(hasRole)) {
            return "/staff/home.xhtml";
        }
        if (hasRole.test(Roles.CONTRACTOR)) {
            return "/portal/home.xhtml";
        }
        return null;
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** Keycloak user name ({@code preferred_username}). */
    public String getUsername() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The e-mail address in the token, or {@code null}. */
    public String getEmail() {
        if (!isSignedIn()) {
            return null;
        }
        try {
            return openIdContext.getClaims().getStringClaim("email").filter(e -> !e.isBlank()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Full name as written in Japanese, family name first ({@code family_name given_name} from the token),
     * falling back to the token's {@code name} and then the user name.
     */
    public String getDisplayName() {
        if (!isSignedIn()) {
            return null;
        }
        try {
            var claims = openIdContext.getClaims();
            Optional<String> family = claims.getStringClaim("family_name").filter(n -> !n.isBlank());
            Optional<String> given = claims.getStringClaim("given_name").filter(n -> !n.isBlank());
            if (family.isPresent() && given.isPresent()) {
                return family.get() + " " + given.get();
            }
            return claims.getStringClaim("name").filter(n -> !n.isBlank()).orElse(getUsername());
        } catch (RuntimeException e) {
            return getUsername();
        }
    }

    /** The portal roles the caller holds, in menu order (from {@link CallerContext}, as the checks see them). */
    public List<String> getRoles() {
        if (roles == null) {
            roles = Roles.ALL.stream().filter(callers::has).toList();
        }
        return roles;
    }

    public boolean hasRole(String role) {
        return getRoles().contains(role);
    }

    public String getHome() {
        return homeFor(this::hasRole);
    }

    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(this::hasRole);
    }

    public boolean isContractor() {
        return hasRole(Roles.CONTRACTOR);
    }

    public boolean isMayReadAuditLog() {
        return hasRole(Roles.AUDITOR) || hasRole(Roles.SECURITY_OFFICER);
    }

    /** The contractor register and vetting: everyone on the staff side except SNS account owners. */
    public boolean isMayReadContractors() {
        return hasRole(Roles.PROCUREMENT) || hasRole(Roles.SECURITY_OFFICER) || hasRole(Roles.AUDITOR)
                || hasRole(Roles.ADMIN);
    }

    /** Official social media accounts: their owners, security officers, auditors and administrators. */
    public boolean isMayReadSns() {
        return hasRole(Roles.SNS_OWNER) || hasRole(Roles.SECURITY_OFFICER) || hasRole(Roles.AUDITOR)
                || hasRole(Roles.ADMIN);
    }

    public boolean isMayEditReferenceData() {
        return hasRole(Roles.ADMIN);
    }
}
