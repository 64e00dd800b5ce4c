package jp.kochi.vrm.incident;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.kochi.vrm.platform.StartupState;

/**
 * Every minute: first reports no one has acknowledged within the configured office minutes are escalated
 * ({@link IncidentEscalations}). Every server may run it; each incident is claimed once in the database.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IncidentEscalation {

    private static final Logger LOG = Logger.getLogger(IncidentEscalation.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private StartupState startup;

    @Inject
    private IncidentEscalations escalations;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig("incident-escalation", false));
    }

    @Timeout
    void timeout() {
        if (!startup.isReady()) {
            return;
        }
        try {
            for (Long id : escalations.due()) {
                escalations.escalate(id);
            }
        } catch (RuntimeException e) {
            // Typically Keycloak unreachable for the officers' addresses: nothing was marked, tried again in a minute.
            LOG.warning(() -> "Incident escalation not done yet, will retry: " + e);
        }
    }
}
