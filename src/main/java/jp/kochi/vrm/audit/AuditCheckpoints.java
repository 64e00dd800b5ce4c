package jp.kochi.vrm.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.PortalStarted;
import jp.kochi.vrm.platform.StartupState;

/**
 * The audit chain's anchors outside the database: at start-up (after marking where the keyed chain starts, at the
 * first start with a key, before the demo data or anything else writes an entry) and every hour, a checkpoint of the
 * head goes to the anchor file ({@code VRM_AUDIT_ANCHOR_DIR}). Every server writes its own; the head row lock lets
 * one at a time, and a repeated checkpoint of the same head is harmless.
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

    @Inject
    private StartupState startup;

    public void started(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) PortalStarted started) {
        if (settings.auditKeyIsDevelopmentKey()) {
            LOG.warning("VRM_AUDIT_KEY is not set: the audit log is keyed with the public development key, which "
                    + "proves nothing (allowed only with VRM_DEMO_DATA=true)");
        }
        // A mark is set only while no anchor exists yet: afterwards a missing mark is tampering, left for
        // verification to report, never covered by a fresh mark.
        if (!auditLog.startKeyedChain(auditLog.anchorFileEmpty())) {
            LOG.severe("The audit chain's keyed start is missing although anchors exist: the audit log may have been "
                    + "rewritten; run the verification");
        }
        checkpoint("start-up");
    }

    @Schedule(hour = "*", minute = "0", persistent = false, info = "audit-anchor")
    void hourly() {
        if (startup.isReady()) {
            checkpoint("hourly");
        }
    }

    private void checkpoint(String why) {
        try {
            AuditAnchor anchor = auditLog.checkpoint();
            LOG.info(() -> "Audit anchor (" + why + "): sequence " + anchor.seq() + ", link " + anchor.link());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Audit anchor (" + why + ") could not be written; tried again within the hour", e);
        }
    }
}
