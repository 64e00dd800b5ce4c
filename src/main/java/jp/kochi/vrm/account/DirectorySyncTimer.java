package jp.kochi.vrm.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.StartupState;

/**
 * The periodic job ({@code VRM_KEYCLOAK_SYNC_SECONDS}, default 60 s) that pushes every account whose Keycloak
 * state is not yet in line with the portal's record, and removes Keycloak users left by failed invitations.
 * Keycloak being down when a contractor ends therefore delays the Keycloak side by one period after it is back;
 * the portal itself refuses the account from the moment of the change. Not persistent: each server start
 * creates it anew, and it does nothing until start-up has succeeded.
 */
@Singleton
@Startup
public class DirectorySyncTimer {

    private static final Logger LOG = Logger.getLogger(DirectorySyncTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private PortalSettings settings;

    @Inject
    private StartupState startup;

    @Inject
    private DirectorySync sync;

    @PostConstruct
    void schedule() {
        long interval = settings.keycloakSyncInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("keycloak-sync", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!startup.isReady()) {
            return;
        }
        try {
            for (Long id : sync.pendingIds()) {
                if (!sync.push(id)) {
                    break;
                }
            }
            for (Long id : sync.cleanupIds()) {
                if (!sync.cleanUp(id)) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak synchronisation run failed; next run in one period", e);
        }
    }
}
