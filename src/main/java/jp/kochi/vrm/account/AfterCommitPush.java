package jp.kochi.vrm.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Pushes automatically disabled accounts to Keycloak once the change that disabled them has committed, on the
 * server's executor: the contract close or contractor end that caused it neither waits for Keycloak nor fails
 * with it. What does not get through is left pending for {@link DirectorySyncTimer}.
 */
@ApplicationScoped
public class AfterCommitPush {

    private static final Logger LOG = Logger.getLogger(AfterCommitPush.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private DirectorySync sync;

    void disabled(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountsDisabled event) {
        try {
            executor.execute(() -> {
                for (Long id : event.accountIds()) {
                    try {
                        if (!sync.push(id)) {
                            return;
                        }
                    } catch (RuntimeException e) {
                        LOG.warning(() -> "Portal account " + id + " left for the synchronisation job: " + e);
                        return;
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "Accounts " + event.accountIds() + " left for the synchronisation job: " + e);
        }
    }
}
