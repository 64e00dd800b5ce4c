package jp.kochi.vrm.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.PortalStarted;

/**
 * The audit chain's start-up step: marks where the keyed chain starts (once, at the first start with a key), before
 * the demo data or anything else writes an entry.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @Inject
    private AuditLog auditLog;

    @Inject
    private PortalSettings settings;

    public void started(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) PortalStarted started) {
        if (settings.auditKeyIsDevelopmentKey()) {
            LOG.warning("VRM_AUDIT_KEY is not set: the audit log is keyed with the public development key, which "
                    + "proves nothing (allowed only with VRM_DEMO_DATA=true)");
        }
        auditLog.startKeyedChain(true);
    }
}
