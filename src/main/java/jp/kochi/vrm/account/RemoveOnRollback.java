package jp.kochi.vrm.account;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.logging.Logger;

/**
 * Deletes the Keycloak user made for an invitation when the invitation's transaction does not commit (the
 * commit itself failed, or something after the Keycloak steps rolled it back), so no Keycloak user is left
 * without its portal record. Does nothing when the invitation already removed the user itself.
 */
final class RemoveOnRollback implements Synchronization {

    private static final Logger LOG = Logger.getLogger(RemoveOnRollback.class.getName());

    private final UserDirectory directory;
    private final DirectorySync sync;
    private final String userId;
    private final String username;
    private volatile boolean done;

    RemoveOnRollback(UserDirectory directory, DirectorySync sync, String userId, String username) {
        this.directory = directory;
        this.sync = sync;
        this.userId = userId;
        this.username = username;
    }

    /** The user has been dealt with already (deleted, or kept for cleanup). */
    void done() {
        done = true;
    }

    @Override
    public void beforeCompletion() {
        // the outcome is not known yet
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED || done) {
            return;
        }
        done = true;
        try {
            directory.deleteUser(userId);
            LOG.info(() -> "Keycloak user " + userId + " removed: its invitation did not commit");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Keycloak user " + userId + " of an invitation that did not commit could not be "
                    + "removed now (" + e.getMessage() + "); kept for the cleanup job");
            try {
                sync.keepForCleanup(userId, username, "invitation did not commit: " + e.getMessage());
            } catch (RuntimeException again) {
                LOG.severe(() -> "Keycloak user " + userId + " has no portal record and could not "
                        + "be recorded for cleanup: remove it in Keycloak (" + again + ")");
            }
        }
    }
}
