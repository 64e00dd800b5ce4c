package jp.kochi.vrm.account;

import java.util.Optional;

/**
 * The users of the city's Keycloak realm, as far as the portal provisions them. The product talks to the real
 * Keycloak ({@link KeycloakUserDirectory}); unit tests use a fake. Every method throws
 * {@link DirectoryException} when Keycloak does not do what was asked.
 */
public interface UserDirectory {

    /** Creates the user; answers its id. {@link DirectoryException.Kind#CONFLICT} when the name or e-mail is taken. */
    String createUser(NewDirectoryUser user);

    /** Adds the realm role {@code contractor}. */
    void grantContractorRole(String userId);

    /** Has Keycloak send its execute-actions mail; {@link DirectoryException.Kind#MAIL_FAILED} when it cannot. */
    void sendSetupMail(String userId, SetupMail mail);

    /** Deletes the user; a user already gone is not an error. */
    void deleteUser(String userId);

    /** Enables or disables the user; disabling also ends the user's Keycloak sessions. */
    void setEnabled(String userId, boolean enabled);

    /** The user, or empty when Keycloak has none with this id. */
    Optional<DirectoryUser> find(String userId);

    /** The id of the user with exactly this username, if any. */
    Optional<String> findIdByUsername(String username);

    /** The e-mail address of the enabled user with exactly this username, if there is one and it has an address. */
    Optional<String> emailOf(String username);

    /** The e-mail addresses of the enabled users holding the realm role (directly or through a group). */
    java.util.List<String> emailsOfRole(String role);

    /**
     * The realm roles the user with exactly this username holds now (directly, through a group or a composite role);
     * empty when there is no such user or the user is disabled.
     */
    java.util.Set<String> currentRealmRoles(String username);
}
