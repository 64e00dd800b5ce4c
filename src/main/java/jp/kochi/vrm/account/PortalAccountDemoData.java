package jp.kochi.vrm.account;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.platform.PortalStarted;

/**
 * The portal's records of the demo overlay's contractor users, loaded once after the demo contracts:
 * {@code contractor-demo} (株式会社高知データサービス, contractorId 1) and {@code contractor-demo-b}
 * (有限会社はりまや印刷, contractorId 3). Their Keycloak ids are fixed in the demo overlay,
 * {@code realm-export/demo/kochi-vrm-demo-overlay.json}.
 */
@Stateless
@PermitAll
public class PortalAccountDemoData {

    /** Keycloak id of {@code contractor-demo} (realm file). */
    public static final String CONTRACTOR_DEMO_ID = "c0000001-0000-4000-8000-000000000001";
    /** Keycloak id of {@code contractor-demo-b} (realm file). */
    public static final String CONTRACTOR_DEMO_B_ID = "c0000003-0000-4000-8000-000000000003";

    private static final Logger LOG = Logger.getLogger(PortalAccountDemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) PortalStarted started) {
        if (!started.demoData()) {
            return;
        }
        if (em.createQuery("SELECT COUNT(a) FROM PortalAccount a", Long.class).getSingleResult() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        demo("株式会社高知データサービス", 1L, "contractor-demo", Invitee.of("contractor-demo@example.jp", "委託", "太郎"),
                CONTRACTOR_DEMO_ID, now);
        demo("有限会社はりまや印刷", 3L, "contractor-demo-b", Invitee.of("contractor-demo-b@example.jp", "播磨", "花子"),
                CONTRACTOR_DEMO_B_ID, now);
        em.flush();
    }

    /** The realm file names the contractor by id; the record is made only when that id is the expected company. */
    private void demo(String name, long contractorId, String username, Invitee who, String keycloakId,
            OffsetDateTime now) {
        Contractor c = em.find(Contractor.class, contractorId);
        if (c == null || !name.equals(c.getName())) {
            LOG.warning(() -> "Demo account " + username + " not recorded: contractor " + contractorId + " is not " + name);
            return;
        }
        em.persist(PortalAccount.existing(c, username, who, keycloakId, AuditLog.SYSTEM_ACTOR, now));
    }
}
