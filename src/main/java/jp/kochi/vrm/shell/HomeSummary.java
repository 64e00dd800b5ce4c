package jp.kochi.vrm.shell;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kochi.vrm.audit.ChangeMark;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.FigureCache;

/**
 * The figures on the staff home page, counted in the database and kept until the next committed change
 * ({@link FigureCache}, {@link ChangeMark}; sign-ins are audited, so today's sign-ins move the mark too).
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN})
public class HomeSummary {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FigureCache cache;

    public record Counts(long activeDepartments, long auditEntries, long signInsToday, long approvedContractors,
            long vettingsAwaiting) {
    }

    public Counts counts() {
        LocalDate today = LocalDate.now(clock);
        return cache.get(List.of(Counts.class, today), ChangeMark.current(em), () -> count(today));
    }

    private Counts count(LocalDate today) {
        long departments = em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.active = TRUE", Long.class)
                .getSingleResult();
        long entries = em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
        OffsetDateTime startOfDay = today.atStartOfDay(clock.getZone()).toOffsetDateTime();
        long signIns = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'SIGN_IN' "
                + "AND a.occurredAt >= :start", Long.class).setParameter("start", startOfDay).getSingleResult();
        long approved = em.createQuery("SELECT COUNT(c) FROM Contractor c WHERE c.status = "
                + "jp.kochi.vrm.contractor.ContractorStatus.APPROVED", Long.class).getSingleResult();
        long awaiting = em.createQuery("SELECT COUNT(v) FROM Vetting v WHERE v.status = "
                + "jp.kochi.vrm.vetting.VettingStatus.SUBMITTED", Long.class).getSingleResult();
        return new Counts(departments, entries, signIns, approved, awaiting);
    }
}
