package jp.kochi.vrm.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings Keycloak in line with the portal's records, one account per transaction: pushes an account's enabled
 * state and reads back what Keycloak then holds; deletes Keycloak users kept for cleanup. Called right after a
 * change commits and again by {@link DirectorySyncTimer} until Keycloak agrees. Open to every caller: it only
 * ever makes Keycloak say what the portal's records already say.
 */
@Stateless
@PermitAll
public class DirectorySync {

    private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserDirectory directory;

    @Inject
    private Clock clock;

    public List<Long> pendingIds() {
        return em.createNamedQuery(PortalAccount.PENDING_IDS, Long.class).getResultList();
    }

    public List<Long> cleanupIds() {
        return em.createNamedQuery(DirectoryCleanup.ALL_IDS, Long.class).getResultList();
    }

    /**
     * Tells Keycloak whether the account is enabled; {@code true} when Keycloak now agrees with the record (or
     * there was nothing to do), {@code false} when Keycloak could not be reached (the job tries again).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean push(long accountId) {
        PortalAccount a = em.find(PortalAccount.class, accountId);
        if (a == null || !a.isSyncPending()) {
            return true;
        }
        String userId = a.getDirectoryUserId();
        try {
            AccountState seen;
            if (userId == null) {
                seen = AccountState.MISSING;
            } else {
                try {
                    directory.setEnabled(userId, a.isEnabled());
                    seen = AccountState.of(a.isEnabled(), directory.find(userId).orElse(null));
                } catch (DirectoryException e) {
                    if (e.kind() != DirectoryException.Kind.NOT_FOUND) {
                        throw e;
                    }
                    // Deleted in Keycloak by hand: it cannot sign in, which is all a disabled record asks for.
                    seen = AccountState.MISSING;
                }
            }
            a.directorySynced(seen);
            em.flush();
            LOG.info(() -> "Portal account " + accountId + " " + (a.isEnabled() ? "enabled"
                    : "disabled") + " in Keycloak");
            return true;
        } catch (DirectoryException e) {
            LOG.warning(() -> "Portal account " + accountId + " not yet "
                    + (a.isEnabled() ? "enabled" : "disabled") + " in Keycloak, will retry: " + e.getMessage());
            return false;
        } catch (OptimisticLockException e) {
            // Pushed meanwhile by the job or a newer change: that one carries on.
            return false;
        }
    }

    /** Keeps a Keycloak user without portal record for deletion by the job (its own transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keepForCleanup(String userId, String username, String reason) {
        boolean known = !em.createQuery("SELECT c FROM DirectoryCleanup c WHERE c.directoryUserId = :id",
                DirectoryCleanup.class).setParameter("id", userId).getResultList().isEmpty();
        if (!known) {
            em.persist(new DirectoryCleanup(userId, username, reason, OffsetDateTime.now(clock)));
        }
    }

    /** Deletes a kept Keycloak user, then its row; {@code false} when Keycloak could not be reached. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean cleanUp(long cleanupId) {
        DirectoryCleanup c = em.find(DirectoryCleanup.class, cleanupId);
        if (c == null) {
            return true;
        }
        boolean recorded = !em.createNamedQuery(PortalAccount.BY_DIRECTORY_ID, PortalAccount.class)
                .setParameter("id", c.getDirectoryUserId()).getResultList().isEmpty();
        try {
            if (!recorded) {
                directory.deleteUser(c.getDirectoryUserId());
                LOG.info(() -> "Keycloak user " + c.getDirectoryUserId() + " of a failed invitation removed");
            }
            em.remove(c);
            return true;
        } catch (DirectoryException e) {
            c.attempted();
            LOG.warning(() -> "Keycloak user " + c.getDirectoryUserId() + " of a failed invitation not yet removed ("
                    + c.getAttempts() + " attempts): " + e.getMessage());
            return false;
        }
    }
}
