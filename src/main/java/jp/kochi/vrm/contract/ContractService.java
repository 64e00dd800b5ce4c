package jp.kochi.vrm.contract;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.clause.Clause;
import jp.kochi.vrm.clause.ClauseSelection;
import jp.kochi.vrm.clause.NetworkSegment;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.Subcontracting;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.vetting.Vetting;

/**
 * The contracts' boundary: procurement drafts, concludes and runs contracts and records the evidence that
 * arrives; security officers decide on leaving out mandatory clauses and review evidence; auditors read.
 * One call, one transaction; the rules live in {@link Contract} and its parts.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ContractService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    @Inject
    private ClassificationRegister classification;


    @Inject
    private AnnexWriter annexWriter;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String callerName() {
        return caller.name();
    }

    // --- reading --------------------------------------------------------------------------------------------

    /** One page of the contract list, newest period first ({@code status} null: every status). */
    public List<Contract> page(ContractStatus status, int first, int size) {
        return new ContractListQueries(em).page(status, first, Math.max(1, Math.min(size, 200)));
    }

    /** How many contracts the list holds ({@code status} null: all). */
    public long count(ContractStatus status) {
        return new ContractListQueries(em).count(status);
    }

    /** Overdue obligations of the shown contracts on {@code today}; contracts without any are left out. */
    public Map<Long, Long> overdueCounts(Collection<Long> contractIds, LocalDate today) {
        return new ContractListQueries(em).overdueCounts(contractIds, today);
    }

    /** A contract with its clauses and obligations loaded. */
    public Contract find(@NotNull Long id) {
        Contract c = em.find(Contract.class, id);
        if (c == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        c.getClauses().forEach(cc -> cc.getClauseVersion().getEvidence());
        c.getObligations().forEach(o -> o.getSubmissions().size());
        c.getSubcontractings();
        return c;
    }

    public List<AnnexVersion> annexVersions(@NotNull Long contractId) {
        return annexWriter.versions(contractId);
    }

    /** The active clauses of the library a draft does not carry yet, to add as optional ones. */
    public List<Clause> addableClauses(@NotNull Contract draft) {
        Set<Long> carried = new HashSet<>();
        draft.getClauses().forEach(cc -> carried.add(cc.getClause().getId()));
        return library().stream().sorted(ClauseSelection.ANNEX_ORDER).filter(cl -> !carried.contains(cl.getId()))
                .toList();
    }

    /** Approved arrangements in which the contractor passes work on: the subcontractors a contract may allow. */
    public List<Subcontracting> approvedSubcontractings(Long contractorId) {
        if (contractorId == null) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Subcontracting s JOIN FETCH s.subcontractor "
                + "WHERE s.prime.id = :prime AND s.approved = TRUE ORDER BY s.subcontractor.nameKana", Subcontracting.class)
                .setParameter("prime", contractorId).getResultList();
    }

    /** Why the contractor cannot take this work (empty: it can). */
    public List<BusinessRuleViolation> eligibilityProblems(Long contractorId, String levelCode, boolean personalInfo,
            boolean myNumber) {
        if (contractorId == null) {
            return List.of();
        }
        Contractor contractor = em.find(Contractor.class, contractorId);
        if (contractor == null) {
            return List.of(new BusinessRuleViolation("error.recordMissing"));
        }
        ConfidentialityLevel level = levelCode == null ? null : classification.confidentialityLevel(levelCode).orElse(null);
        return ContractorEligibility.problems(contractor, latestApproved(contractorId), level, personalInfo || myNumber,
                myNumber, today());
    }

    /** The approved vetting that ends before the contract does: a re-vetting will fall due during the work. */
    public Optional<LocalDate> vettingEndsBefore(Contract c) {
        LocalDate until = c.getContractor().getVettingValidUntil();
        return until != null && until.isBefore(c.getPeriodEnd()) ? Optional.of(until) : Optional.empty();
    }

    private Vetting latestApproved(Long contractorId) {
        return em.createNamedQuery(Vetting.LATEST_APPROVED, Vetting.class).setParameter("contractor", contractorId)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private List<Clause> library() {
        return em.createNamedQuery(Clause.ACTIVE, Clause.class).getResultList();
    }

    // --- drafting -------------------------------------------------------------------------------------------

    /** A new draft; its mandatory clauses are selected at once. */
    @Allowed(Roles.PROCUREMENT)
    public Contract create(@NotNull ContractForm form) {
        Contract.Terms terms = terms(form, null);
        Contract c = new Contract(terms, callerName(), OffsetDateTime.now(clock));
        c.reconcileClauses(library());
        em.persist(c);
        StoredRecords.flush(em);
        return c;
    }

    /** Changes a draft's facts; the mandatory clauses follow. */
    @Allowed(Roles.PROCUREMENT)
    public Contract update(@NotNull Long id, long expectedVersion, @NotNull ContractForm form) {
        Contract c = StoredRecords.current(em, Contract.class, id, expectedVersion);
        c.describe(terms(form, id));
        c.reconcileClauses(library());
        StoredRecords.flush(em);
        return c;
    }

    private Contract.Terms terms(ContractForm f, Long contractId) {
        String number = f.getContractNumber() == null ? null : f.getContractNumber().strip();
        if (number != null && !number.isEmpty()) {
            Optional<Contract> same = em.createNamedQuery(Contract.BY_NUMBER, Contract.class).setParameter("number", number)
                    .getResultStream().findFirst();
            if (same.isPresent() && !same.get().getId().equals(contractId)) {
                throw new BusinessRuleViolation("contract.number.taken", number, same.get().getTitle());
            }
        }
        Department department = f.getDepartmentId() == null ? null : em.find(Department.class, f.getDepartmentId());
        if (department != null && !department.isActive()) {
            throw new BusinessRuleViolation("contract.department.inactive", department.getName());
        }
        Contractor contractor = f.getContractorId() == null ? null : em.find(Contractor.class, f.getContractorId());
        ConfidentialityLevel level = f.getConfidentialityCode() == null ? null
                : classification.confidentialityLevel(f.getConfidentialityCode())
                        .orElseThrow(() -> new BusinessRuleViolation("contract.confidentiality.required"));
        if (contractor != null) {
            List<BusinessRuleViolation> problems = ContractorEligibility.problems(contractor,
                    latestApproved(contractor.getId()), level, f.isPersonalInfo() || f.isMyNumber(), f.isMyNumber(), today());
            if (!problems.isEmpty()) {
                throw problems.get(0);
            }
        }
        Set<NetworkSegment> segments = EnumSet.noneOf(NetworkSegment.class);
        for (String s : f.getSegments()) {
            try {
                segments.add(NetworkSegment.valueOf(s));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolation("contract.segment.unknown");
            }
        }
        Set<Subcontracting> subs = new HashSet<>();
        for (Long sid : f.getSubcontractingIds()) {
            Subcontracting s = em.find(Subcontracting.class, sid);
            if (s == null) {
                throw new BusinessRuleViolation("error.recordMissing");
            }
            subs.add(s);
        }
        return new Contract.Terms(number, f.getTitle(), department, contractor, f.getPeriodStart(), f.getPeriodEnd(),
                f.getValueYen(), level, f.getIntegrity(), f.getAvailability(), segments, f.isPersonalInfo(),
                f.isMyNumber(), f.isCloudService(), f.isOnSiteWork(), f.isSubcontractingAllowed(), subs);
    }

    @Allowed(Roles.PROCUREMENT)
    public Contract addOptionalClause(@NotNull Long id, long expectedVersion, Long clauseId) {
        Contract c = StoredRecords.current(em, Contract.class, id, expectedVersion);
        Clause clause = clauseId == null ? null : em.find(Clause.class, clauseId);
        if (clause == null) {
            throw new BusinessRuleViolation("contract.clause.choose");
        }
        c.addOptional(clause);
        StoredRecords.flush(em);
        return c;
    }

    @Allowed(Roles.PROCUREMENT)
    public Contract removeOptionalClause(@NotNull Long id, long expectedVersion, @NotNull Long clauseId) {
        return change(id, expectedVersion, c -> c.removeOptional(clauseId));
    }

    /** Asks to leave out a mandatory clause, with the reason; a security officer decides. */
    @Allowed(Roles.PROCUREMENT)
    public Contract requestClauseRemoval(@NotNull Long id, long expectedVersion, @NotNull Long clauseId,
            String reason) {
        return change(id, expectedVersion,
                c -> c.requestRemoval(clauseId, reason, callerName(), OffsetDateTime.now(clock)));
    }

    /** Approves or rejects leaving out a mandatory clause; never by the person who asked. */
    @Allowed(Roles.SECURITY_OFFICER)
    public Contract decideClauseRemoval(@NotNull Long id, long expectedVersion, @NotNull Long clauseId,
            boolean approve, String note) {
        return change(id, expectedVersion,
                c -> c.decideRemoval(clauseId, approve, note, callerName(), OffsetDateTime.now(clock)));
    }

    // --- lifecycle ------------------------------------------------------------------------------------------

    /**
     * 締結: checks the contractor once more, brings the clauses to the library's current wording, fixes them,
     * creates the obligation schedule and generates the annex that is signed.
     */
    @Allowed(Roles.PROCUREMENT)
    public Contract conclude(@NotNull Long id, long expectedVersion) {
        Contract c = StoredRecords.current(em, Contract.class, id, expectedVersion);
        List<BusinessRuleViolation> problems = ContractorEligibility.problems(c.getContractor(),
                latestApproved(c.getContractor().getId()), c.getConfidentiality(), c.isPersonalInfo(), c.isMyNumber(),
                today());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        c.reconcileClauses(library());
        c.conclude(callerName(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        generate(c);
        return c;
    }

    @Allowed(Roles.PROCUREMENT)
    public Contract start(@NotNull Long id, long expectedVersion) {
        return change(id, expectedVersion, c -> c.start(OffsetDateTime.now(clock)));
    }

    @Allowed(Roles.PROCUREMENT)
    public Contract finish(@NotNull Long id, long expectedVersion) {
        return change(id, expectedVersion, c -> c.finish(OffsetDateTime.now(clock)));
    }

    /** Observers (the contractor's portal accounts, when this was its last contract) act in this transaction. */
    @Inject
    private jakarta.enterprise.event.Event<ContractClosed> contractClosed;

    @Allowed(Roles.PROCUREMENT)
    public Contract close(@NotNull Long id, long expectedVersion) {
        Contract closed = change(id, expectedVersion, c -> c.close(callerName(), OffsetDateTime.now(clock)));
        contractClosed.fire(new ContractClosed(closed.getId(), closed.getContractNumber(),
                closed.getContractor().getId()));
        return closed;
    }

    /** Finds the contract as the user last saw it, applies one intent, and writes it. */
    private Contract change(Long id, long expectedVersion, Consumer<Contract> intent) {
        Contract c = StoredRecords.current(em, Contract.class, id, expectedVersion);
        intent.accept(c);
        StoredRecords.flush(em);
        return c;
    }

    // --- the annex ------------------------------------------------------------------------------------------

    /**
     * Generates the annex as it stands. A new immutable version is written only when what it prints changed
     * since the last one; otherwise the last version is the answer.
     */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public AnnexVersion generateAnnex(@NotNull Long id) {
        return generate(find(id));
    }

    private AnnexVersion generate(Contract c) {
        return annexWriter.write(c, callerName());
    }

    /** A generated annex and its bytes, for download. */
    public Optional<AnnexDownload> downloadAnnex(long annexId) {
        AnnexVersion v = em.find(AnnexVersion.class, annexId);
        AnnexContent content = em.find(AnnexContent.class, annexId);
        if (v == null || content == null) {
            return Optional.empty();
        }
        return Optional.of(new AnnexDownload(v, content.content()));
    }

    /** A generated annex ready to send. */
    public record AnnexDownload(AnnexVersion version, byte[] pdf) {
    }
}
