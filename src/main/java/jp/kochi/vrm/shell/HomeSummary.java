package jp.kochi.vrm.shell;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Roles;

/** The figures on the staff home page, counted in the database. */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN})
public class HomeSummary {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public record Counts(long activeDepartments, long auditEntries, long signInsToday, long approvedContractors,
            long vettingsAwaiting) {
    }

    public Counts counts() {
        long departments = em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.active = TRUE", Long.class)
                .getSingleResult();
        long entries = em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
        OffsetDateTime startOfDay = LocalDate.now(clock).atStartOfDay(clock.getZone()).toOffsetDateTime();
        long signIns = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'SIGN_IN' "
                + "AND a.occurredAt >= :start", Long.class).setParameter("start", startOfDay).getSingleResult();
        long approved = em.createQuery("SELECT COUNT(c) FROM Contractor c WHERE c.status = "
                + "jp.kochi.vrm.contractor.ContractorStatus.APPROVED", Long.class).getSingleResult();
        long awaiting = em.createQuery("SELECT COUNT(v) FROM Vetting v WHERE v.status = "
                + "jp.kochi.vrm.vetting.VettingStatus.SUBMITTED", Long.class).getSingleResult();
        return new Counts(departments, entries, signIns, approved, awaiting);
    }
}
