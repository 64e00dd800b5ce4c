package jp.kochi.vrm.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.kochi.vrm.identity.Caller;
import jp.kochi.vrm.identity.CallerContext;

/**
 * Pushes automatically disabled accounts to Keycloak once the change that disabled them has committed, on the
 * server's executor: the contract close or contractor end that caused it neither waits for Keycloak nor fails
 * with it. What does not get through is left pending for {@link DirectorySyncTimer}. The push runs for the user whose
 * change caused it, so its audit entries name them.
 */
@ApplicationScoped
public class AfterCommitPush {

    private static final Logger LOG = Logger.getLogger(AfterCommitPush.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private DirectorySync sync;

    @Inject
    private CallerContext callers;

    void disabled(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountsDisabled event) {
        Caller caller = callers.current();
        try {
            executor.execute(() -> {
                try (CallerContext.Binding ignored = CallerContext.bind(caller)) {
                    push(event);
                }
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "Accounts " + event.accountIds() + " left for the synchronisation job: " + e);
        }
    }

    private void push(AccountsDisabled event) {
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
    }
}
