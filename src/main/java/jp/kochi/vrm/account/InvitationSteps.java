package jp.kochi.vrm.account;

import java.util.logging.Logger;

/**
 * The Keycloak side of an invitation, in the order that keeps nothing half-made: create the user, let the
 * caller link its record (and arrange removal should the transaction not commit), grant the role, have
 * Keycloak send the mail. When any step after the creation fails, the user is deleted again before the
 * failure is passed on; when that deletion fails too, the caller is told so it can keep the user for a later
 * cleanup. A creation whose answer was lost (the request may have reached Keycloak) is looked up by username
 * and removed.
 */
final class InvitationSteps {

    private static final Logger LOG = Logger.getLogger(InvitationSteps.class.getName());

    /** What the caller does at the steps that touch its own records. */
    interface Listener {
        /** The user exists in Keycloak now: link the record, arrange removal on rollback. */
        void created(String userId);

        /** The user was deleted again after a failed step. */
        void removed(String userId);

        /** The user could not be deleted again: keep it for a later cleanup. */
        void removalFailed(String userId, String username, RuntimeException failure);
    }

    private InvitationSteps() {
    }

    static String run(UserDirectory directory, NewDirectoryUser user, SetupMail mail, Listener listener) {
        String id;
        try {
            id = directory.createUser(user);
        } catch (DirectoryException e) {
            if (e.kind() == DirectoryException.Kind.FAILED || e.kind() == DirectoryException.Kind.UNREACHABLE) {
                removeIfCreated(directory, user.username(), listener);
            }
            throw e;
        }
        try {
            listener.created(id);
            directory.grantContractorRole(id);
            directory.sendSetupMail(id, mail);
            return id;
        } catch (RuntimeException failure) {
            remove(directory, id, user.username(), listener, failure);
            throw failure;
        }
    }

    private static void remove(UserDirectory directory, String id, String username, Listener listener,
            RuntimeException cause) {
        try {
            directory.deleteUser(id);
            listener.removed(id);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            listener.removalFailed(id, username, e);
        }
    }

    /** After an unclear failure of the creation: a user that did get created is removed. */
    private static void removeIfCreated(UserDirectory directory, String username, Listener listener) {
        try {
            directory.findIdByUsername(username).ifPresent(id -> remove(directory, id, username, listener,
                    new DirectoryException(DirectoryException.Kind.FAILED, "creation failed")));
        } catch (RuntimeException e) {
            LOG.warning(() -> "After a failed creation of a Keycloak user, looking it up failed too: " + e.getClass().getSimpleName());
        }
    }
}
