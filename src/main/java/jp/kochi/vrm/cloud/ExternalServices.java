package jp.kochi.vrm.cloud;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * The external services' boundary. Procurement and security officers keep the register; departments (through
 * procurement, security officers and SNS owners) request usages; only a security officer grants exceptions and
 * decides usages, never their own; every staff role reads. One call, one transaction; the rules are in the
 * entities and {@link CeilingRule}.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN})
public class ExternalServices {

    /** A listing this close to its date is shown as expiring. */
    public static final int LISTING_WARNING_DAYS = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    @Inject
    private ClassificationRegister classification;

    @Inject
    private CeilingReference reference;

    public ExternalServices() {
    }

    /** For tests of the boundary outside the container. */
    ExternalServices(EntityManager em, CallerContext caller, Clock clock, ClassificationRegister classification,
            CeilingReference reference) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
        this.classification = classification;
        this.reference = reference;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String callerName() {
        return caller.name();
    }

    // --- reading --------------------------------------------------------------------------------------------

    /** The rule with today's reference data. */
    public CeilingRule rule() {
        return reference.rule();
    }

    public List<Assurance> assurances() {
        return reference.assurances();
    }

    /** Every service with today's ceiling and its usages counted. */
    public List<ServiceRow> list() {
        List<ExternalService> services = em.createNamedQuery(ExternalService.LIST, ExternalService.class).getResultList();
        loadChildren(services);
        CeilingRule rule = rule();
        LocalDate today = today();
        return services.stream().map(s -> {
            Ceiling ceiling = rule.derive(s.ceilingFacts(), today);
            long live = s.getUsages().stream().filter(u -> u.getStatus() == UsageStatus.APPROVED).count();
            return new ServiceRow(s, ceiling, live, s.usagesAbove(ceiling).size(), s.isListingExpired(today),
                    s.isListingExpiringWithin(today, LISTING_WARNING_DAYS) && !s.isListingExpired(today),
                    s.isReviewOverdue(today));
        }).toList();
    }

    /** A service with its exceptions and usages loaded. */
    public ExternalService find(@NotNull Long id) {
        ExternalService s = em.find(ExternalService.class, id);
        if (s == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        s.getExceptions().size();
        s.getUsages().forEach(u -> u.getDepartment().getName());
        if (s.getProviderContractor() != null) {
            s.getProviderContractor().getName();
        }
        if (s.getContract() != null) {
            s.getContract().getContractNumber();
        }
        return s;
    }

    public Ceiling ceiling(@NotNull ExternalService s) {
        return rule().derive(s.ceilingFacts(), today());
    }

    /** What would let the service hold {@code levelCode}; empty when it already may. */
    public List<Reason> remedies(@NotNull ExternalService s, @NotNull String levelCode) {
        ConfidentialityLevel level = level(levelCode);
        CeilingRule rule = rule();
        return rule.remedies(rule.derive(s.ceilingFacts(), today()), s.ceilingFacts(), level);
    }

    /**
     * Usages, newest first, each with its service's ceiling today.
     *
     * @param departmentId only this department's (null: all)
     * @param status       only in this state (null: all)
     * @param aboveOnly    only those above their service's ceiling
     */
    public List<UsageRow> usages(Long departmentId, UsageStatus status, boolean aboveOnly) {
        List<ServiceUsage> usages = em.createNamedQuery(ServiceUsage.LIST, ServiceUsage.class).getResultList();
        List<ExternalService> services = usages.stream().map(ServiceUsage::getService).distinct().toList();
        loadChildren(services);
        CeilingRule rule = rule();
        LocalDate today = today();
        Map<Long, Ceiling> ceilings = services.stream()
                .collect(Collectors.toMap(ExternalService::getId, s -> rule.derive(s.ceilingFacts(), today)));
        return usages.stream()
                .filter(u -> departmentId == null || u.getDepartment().getId().equals(departmentId))
                .filter(u -> status == null || u.getStatus() == status)
                .map(u -> {
                    Ceiling c = ceilings.get(u.getService().getId());
                    return new UsageRow(u, c, u.isAbove(c), u.isReviewOverdue(today));
                })
                .filter(r -> !aboveOnly || r.above())
                .toList();
    }

    /** Contracts a negotiated service may refer to, newest first. */
    public List<Contract> contracts() {
        return em.createQuery("SELECT c FROM Contract c ORDER BY c.contractNumber DESC", Contract.class).getResultList();
    }

    /** Reads the exceptions and usages of every listed service (batch-fetched: one query each, not one per service). */
    private static void loadChildren(List<ExternalService> services) {
        for (ExternalService s : services) {
            s.getExceptions().size();
            s.getUsages().forEach(u -> u.getDepartment().getCode());
        }
    }

    // --- the register ---------------------------------------------------------------------------------------

    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public ExternalService create(@NotNull ServiceForm form) {
        ExternalService s = new ExternalService(facts(form), today(), callerName(), OffsetDateTime.now(clock));
        em.persist(s);
        StoredRecords.flush(em);
        return s;
    }

    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public ExternalService update(@NotNull Long id, long expectedVersion, @NotNull ServiceForm form) {
        ExternalService s = StoredRecords.current(em, ExternalService.class, id, expectedVersion);
        s.describe(facts(form), today());
        StoredRecords.flush(em);
        return s;
    }

    /** 利用終了 of the whole service (no live usages left). */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public ExternalService retire(@NotNull Long id, long expectedVersion) {
        ExternalService s = StoredRecords.current(em, ExternalService.class, id, expectedVersion);
        s.retire();
        StoredRecords.flush(em);
        return s;
    }

    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public ExternalService reactivate(@NotNull Long id, long expectedVersion) {
        ExternalService s = StoredRecords.current(em, ExternalService.class, id, expectedVersion);
        s.reactivate();
        StoredRecords.flush(em);
        return s;
    }

    private ExternalService.Facts facts(ServiceForm f) {
        Contractor provider = f.getProviderContractorId() == null ? null
                : found(em.find(Contractor.class, f.getProviderContractorId()));
        Contract contract = f.getContractId() == null ? null : found(em.find(Contract.class, f.getContractId()));
        Department department = f.getDepartmentId() == null ? null : found(em.find(Department.class, f.getDepartmentId()));
        return new ExternalService.Facts(f.getName(), f.getProviderName(), provider, f.getKind(), f.getTerms(), contract,
                f.getIsmapStatus(), f.getIsmapNumber(), f.getIsmapListedUntil(), f.getDataLocation(), f.getDataRegions(),
                f.getGoverningLaw(), f.getCourt(), f.isMfa(), f.isSso(), f.isEncryptionAtRest(), f.isAuditLogs(),
                f.isDeletionOnExit(), department, f.getResponsiblePerson(), f.getReviewDate(), f.getNotes());
    }

    // --- exceptions -----------------------------------------------------------------------------------------

    /**
     * 例外承認の申請 by a security officer: counts only after another officer approves it. Refused beyond the policy's
     * limit (standard terms, overseas storage or foreign law), whoever asks.
     */
    @Allowed(Roles.SECURITY_OFFICER)
    public ExceptionApproval requestException(@NotNull Long serviceId, String levelCode, String reason,
            LocalDate expiresOn) {
        ExternalService s = find(serviceId);
        ConfidentialityLevel level = levelCode == null || levelCode.isBlank() ? null : level(levelCode);
        ExceptionApproval e = s.requestException(level, reason, expiresOn, rule(), today(), callerName(),
                OffsetDateTime.now(clock));
        em.persist(e);
        StoredRecords.flush(em);
        return e;
    }

    /** 例外承認の承認 by a second security officer; the one who asked is refused (and the refusal audited). */
    @Allowed(Roles.SECURITY_OFFICER)
    public ExceptionApproval approveException(@NotNull Long exceptionId, long expectedVersion) {
        ExceptionApproval e = StoredRecords.current(em, ExceptionApproval.class, exceptionId, expectedVersion);
        ExternalService s = find(e.getService().getId());
        s.approveException(e, rule(), today(), callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return e;
    }

    /** The levels an exception for the service may allow today (the form offers only these). */
    public List<ConfidentialityLevel> exceptionLevels(@NotNull ExternalService s) {
        CeilingRule rule = rule();
        return rule.exceptionLevels(rule.derive(s.ceilingFacts(), today()), s.ceilingFacts());
    }

    /** Exceptions waiting for a second officer or in force, the soonest to end first: the officers' dashboard. */
    @Allowed({Roles.SECURITY_OFFICER, Roles.AUDITOR})
    public List<OpenException> openExceptions() {
        LocalDate today = today();
        return em.createNamedQuery(ExceptionApproval.OPEN, ExceptionApproval.class).setParameter("today", today)
                .getResultList().stream().map(e -> new OpenException(e.getService().getId(), e.getService().getName(),
                        e.getLevel().getCode(), e.isPending(today), e.getGrantedBy(), e.getApprovedBy(),
                        e.getExpiresOn()))
                .toList();
    }

    @Allowed(Roles.SECURITY_OFFICER)
    public void revokeException(@NotNull Long exceptionId, long expectedVersion, String reason) {
        ExceptionApproval e = StoredRecords.current(em, ExceptionApproval.class, exceptionId, expectedVersion);
        e.revoke(reason, callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
    }

    // --- usages ---------------------------------------------------------------------------------------------

    /** A department's request; refused above the ceiling with {@link CeilingExceeded}, which says why and how. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER})
    public ServiceUsage requestUsage(@NotNull Long serviceId, Long departmentId, String purpose, String levelCode) {
        ExternalService s = find(serviceId);
        Department department = departmentId == null ? null : found(em.find(Department.class, departmentId));
        ConfidentialityLevel level = levelCode == null || levelCode.isBlank() ? null : level(levelCode);
        CeilingRule rule = rule();
        Ceiling ceiling = rule.derive(s.ceilingFacts(), today());
        List<Reason> remedies = level == null ? List.of() : rule.remedies(ceiling, s.ceilingFacts(), level);
        ServiceUsage usage = s.requestUsage(department, purpose, level, ceiling, remedies, callerName(),
                OffsetDateTime.now(clock));
        em.persist(usage);
        StoredRecords.flush(em);
        return usage;
    }

    @Allowed(Roles.SECURITY_OFFICER)
    public ServiceUsage approve(@NotNull Long usageId, long expectedVersion, String comment) {
        ServiceUsage u = StoredRecords.current(em, ServiceUsage.class, usageId, expectedVersion);
        u.approve(ceiling(find(u.getService().getId())), comment, callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return u;
    }

    @Allowed(Roles.SECURITY_OFFICER)
    public ServiceUsage reject(@NotNull Long usageId, long expectedVersion, String comment) {
        ServiceUsage u = StoredRecords.current(em, ServiceUsage.class, usageId, expectedVersion);
        u.reject(comment, callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return u;
    }

    @Allowed(Roles.SECURITY_OFFICER)
    public ServiceUsage review(@NotNull Long usageId, long expectedVersion) {
        ServiceUsage u = StoredRecords.current(em, ServiceUsage.class, usageId, expectedVersion);
        u.review(ceiling(find(u.getService().getId())), callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return u;
    }

    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER})
    public ServiceUsage withdraw(@NotNull Long usageId, long expectedVersion) {
        ServiceUsage u = StoredRecords.current(em, ServiceUsage.class, usageId, expectedVersion);
        u.withdraw(callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return u;
    }

    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public ServiceUsage end(@NotNull Long usageId, long expectedVersion) {
        ServiceUsage u = StoredRecords.current(em, ServiceUsage.class, usageId, expectedVersion);
        u.end(callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return u;
    }

    private ConfidentialityLevel level(String code) {
        return classification.confidentialityLevel(code).orElseThrow(() -> new BusinessRuleViolation("usage.level.unknown"));
    }

    private static <T> T found(T record) {
        if (record == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        return record;
    }
}
