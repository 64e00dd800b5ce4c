package jp.kochi.vrm.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.clause.Clause;
import jp.kochi.vrm.clause.ClauseSelection;
import jp.kochi.vrm.clause.ContractFacts;
import jp.kochi.vrm.clause.EvidenceTiming;
import jp.kochi.vrm.clause.NetworkSegment;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.Subcontracting;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An outsourcing contract: the facts of the work, the clauses they make mandatory plus the optional ones
 * chosen, and its lifecycle. Everything changes through the intent methods below; facts and clauses only
 * while the contract is a draft (起案).
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.BY_NUMBER, query = "SELECT c FROM Contract c WHERE c.contractNumber = :number")
@NamedQuery(name = Contract.LIST_IDS, query = "SELECT c.id FROM Contract c ORDER BY c.periodStart DESC, c.contractNumber, c.id")
@NamedQuery(name = Contract.LIST_IDS_BY_STATUS, query = "SELECT c.id FROM Contract c WHERE c.status = :status "
        + "ORDER BY c.periodStart DESC, c.contractNumber, c.id")
@NamedQuery(name = Contract.COUNT, query = "SELECT COUNT(c) FROM Contract c")
@NamedQuery(name = Contract.COUNT_BY_STATUS, query = "SELECT COUNT(c) FROM Contract c WHERE c.status = :status")
@NamedQuery(name = Contract.LIST_ROWS, query = "SELECT c FROM Contract c JOIN FETCH c.contractor JOIN FETCH c.department "
        + "WHERE c.id IN :ids")
public class Contract extends AuditedEntity {

    public static final String BY_NUMBER = "Contract.byNumber";
    public static final String LIST_IDS = "Contract.listIds";
    public static final String LIST_IDS_BY_STATUS = "Contract.listIdsByStatus";
    public static final String COUNT = "Contract.count";
    public static final String COUNT_BY_STATUS = "Contract.countByStatus";
    public static final String LIST_ROWS = "Contract.listRows";
    public static final int MAX_NUMBER = 40;
    public static final int MAX_TITLE = 200;

    @Id
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    private Long id;

    @Column(name = "contract_number", nullable = false, length = MAX_NUMBER)
    private String contractNumber;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contractor_id", nullable = false)
    private Contractor contractor;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "value_yen")
    private Long valueYen;

    @ManyToOne(optional = false)
    @JoinColumn(name = "confidentiality", nullable = false)
    private ConfidentialityLevel confidentiality;

    @Column(nullable = false)
    private int integrity;

    @Column(nullable = false)
    private int availability;

    @Column(name = "segment_my_number", nullable = false)
    private boolean segmentMyNumber;

    @Column(name = "segment_lgwan", nullable = false)
    private boolean segmentLgwan;

    @Column(name = "segment_internet", nullable = false)
    private boolean segmentInternet;

    @Column(name = "personal_info", nullable = false)
    private boolean personalInfo;

    @Column(name = "my_number", nullable = false)
    private boolean myNumber;

    @Column(name = "cloud_service", nullable = false)
    private boolean cloudService;

    @Column(name = "on_site_work", nullable = false)
    private boolean onSiteWork;

    @Column(name = "subcontracting_allowed", nullable = false)
    private boolean subcontractingAllowed;

    // Batch: a list of contracts reads the arrangements of all of them in one query when the audit baseline reads them.
    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "contract_subcontracting", joinColumns = @JoinColumn(name = "contract_id"),
            inverseJoinColumns = @JoinColumn(name = "subcontracting_id"))
    private Set<Subcontracting> subcontractings = new java.util.HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractStatus status = ContractStatus.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "concluded_at")
    private OffsetDateTime concludedAt;

    @Column(name = "concluded_by", length = 100)
    private String concludedBy;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ContractClause> clauses = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.PERSIST)
    private List<Obligation> obligations = new ArrayList<>();

    protected Contract() {
    }

    /** A new draft with the given terms. */
    public Contract(Terms terms, String createdBy, OffsetDateTime createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = createdAt;
        apply(terms);
    }

    /**
     * Everything procurement enters for a contract, already resolved to records. The contract checks it:
     * {@link Contract#describe}.
     */
    public record Terms(String contractNumber, String title, Department department, Contractor contractor,
            LocalDate periodStart, LocalDate periodEnd, Long valueYen, ConfidentialityLevel confidentiality,
            int integrity, int availability, Set<NetworkSegment> segments, boolean personalInfo, boolean myNumber,
            boolean cloudService, boolean onSiteWork, boolean subcontractingAllowed,
            Set<Subcontracting> subcontractings) {
    }

    /** Changes the facts of a draft. */
    public void describe(Terms terms) {
        requireDraft();
        apply(terms);
    }

    private void apply(Terms t) {
        String number = t.contractNumber() == null ? "" : t.contractNumber().strip();
        String name = t.title() == null ? "" : t.title().strip();
        if (number.isEmpty()) {
            throw new BusinessRuleViolation("contract.number.required");
        }
        if (number.length() > MAX_NUMBER) {
            throw new BusinessRuleViolation("contract.number.tooLong", MAX_NUMBER);
        }
        if (number.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessRuleViolation("contract.number.invalid");
        }
        if (name.isEmpty()) {
            throw new BusinessRuleViolation("contract.title.required");
        }
        if (name.length() > MAX_TITLE) {
            throw new BusinessRuleViolation("contract.title.tooLong", MAX_TITLE);
        }
        if (t.department() == null) {
            throw new BusinessRuleViolation("contract.department.required");
        }
        if (t.contractor() == null) {
            throw new BusinessRuleViolation("contract.contractor.required");
        }
        if (t.periodStart() == null || t.periodEnd() == null) {
            throw new BusinessRuleViolation("contract.period.required");
        }
        if (t.periodEnd().isBefore(t.periodStart())) {
            throw new BusinessRuleViolation("contract.period.order");
        }
        if (t.periodStart().plusYears(10).isBefore(t.periodEnd())) {
            throw new BusinessRuleViolation("contract.period.tooLong");
        }
        if (t.valueYen() != null && t.valueYen() < 0) {
            throw new BusinessRuleViolation("contract.value.negative");
        }
        if (t.confidentiality() == null) {
            throw new BusinessRuleViolation("contract.confidentiality.required");
        }
        if (t.integrity() < 1 || t.integrity() > 2 || t.availability() < 1 || t.availability() > 2) {
            throw new BusinessRuleViolation("contract.cia.range");
        }
        if (!t.subcontractingAllowed() && !t.subcontractings().isEmpty()) {
            throw new BusinessRuleViolation("contract.subcontracting.notAllowed");
        }
        for (Subcontracting s : t.subcontractings()) {
            checkSubcontracting(s, t);
        }
        this.contractNumber = number;
        this.title = name;
        this.department = t.department();
        this.contractor = t.contractor();
        this.periodStart = t.periodStart();
        this.periodEnd = t.periodEnd();
        this.valueYen = t.valueYen();
        this.confidentiality = t.confidentiality();
        this.integrity = t.integrity();
        this.availability = t.availability();
        this.segmentMyNumber = t.segments().contains(NetworkSegment.MY_NUMBER_USE);
        this.segmentLgwan = t.segments().contains(NetworkSegment.LGWAN);
        this.segmentInternet = t.segments().contains(NetworkSegment.INTERNET);
        // 特定個人情報 is personal information: the personal-information clauses follow from it too.
        this.personalInfo = t.personalInfo() || t.myNumber();
        this.myNumber = t.myNumber();
        this.cloudService = t.cloudService();
        this.onSiteWork = t.onSiteWork();
        this.subcontractingAllowed = t.subcontractingAllowed();
        this.subcontractings = new java.util.HashSet<>(t.subcontractings());
    }

    private static void checkSubcontracting(Subcontracting s, Terms t) {
        String name = s.getSubcontractor().getName();
        if (!s.getPrime().getId().equals(t.contractor().getId())) {
            throw new BusinessRuleViolation("contract.subcontracting.otherPrime", name);
        }
        if (!s.isApproved()) {
            throw new BusinessRuleViolation("contract.subcontracting.notApproved", name);
        }
        if (s.getConfidentiality().getRank() < t.confidentiality().getRank()) {
            throw new BusinessRuleViolation("contract.subcontracting.levelTooLow", name, s.getConfidentiality().getLabel());
        }
        if (t.myNumber() && !s.isMyNumber()) {
            throw new BusinessRuleViolation("contract.subcontracting.noMyNumber", name);
        }
    }

    /** The facts the clause rules look at. */
    public ContractFacts facts() {
        return new ContractFacts(confidentiality, integrity, availability, getSegments(), personalInfo, myNumber,
                cloudService, onSiteWork, subcontractingAllowed);
    }

    /**
     * Brings the draft's clauses in line with the library and the facts: every mandatory clause is carried
     * (with the reason), clauses no longer mandatory stay as optional ones, and all take their current wording.
     */
    public void reconcileClauses(List<Clause> library) {
        requireDraft();
        Map<Long, ClauseSelection.Mandatory> mandatory = ClauseSelection.mandatory(library, facts()).stream()
                .collect(Collectors.toMap(m -> m.clause().getId(), m -> m, (a, b) -> a, LinkedHashMap::new));
        for (ContractClause cc : clauses) {
            ClauseSelection.Mandatory m = mandatory.remove(cc.getClause().getId());
            cc.refresh(m != null, m == null ? null : m.reason());
        }
        for (ClauseSelection.Mandatory m : mandatory.values()) {
            clauses.add(new ContractClause(this, m.clause(), true, m.reason()));
        }
    }

    /** Adds a clause the rules do not require. */
    public void addOptional(Clause clause) {
        requireDraft();
        if (!clause.isActive()) {
            throw new BusinessRuleViolation("contract.clause.inactive", clause.getCode());
        }
        if (clauses.stream().anyMatch(c -> c.getClause().getId().equals(clause.getId()))) {
            throw new BusinessRuleViolation("contract.clause.already", clause.getCode());
        }
        clauses.add(new ContractClause(this, clause, false, null));
    }

    /** Takes out an optional clause; a mandatory one goes only through {@link #requestRemoval}. */
    public void removeOptional(Long clauseId) {
        requireDraft();
        ContractClause cc = clause(clauseId);
        if (cc.isMandatory()) {
            throw new BusinessRuleViolation("contract.clause.mandatoryNeedsApproval");
        }
        clauses.remove(cc);
    }

    public void requestRemoval(Long clauseId, String reason, String actor, OffsetDateTime at) {
        requireDraft();
        clause(clauseId).requestRemoval(reason, actor, at);
    }

    public void decideRemoval(Long clauseId, boolean approve, String note, String actor, OffsetDateTime at) {
        requireDraft();
        clause(clauseId).decideRemoval(approve, note, actor, at);
    }

    private ContractClause clause(Long clauseId) {
        return clauses.stream().filter(c -> c.getClause().getId().equals(clauseId)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("error.recordMissing"));
    }

    /**
     * 締結: fixes the clauses and creates the obligation schedule. Refused while a removal awaits a decision
     * or when no clause is carried. The contractor's eligibility is checked by the caller beforehand.
     */
    public void conclude(String actor, OffsetDateTime at) {
        requireDraft();
        if (clauses.stream().anyMatch(ContractClause::isRemovalPending)) {
            throw new BusinessRuleViolation("contract.conclude.removalPending");
        }
        if (getIncludedClauses().isEmpty()) {
            throw new BusinessRuleViolation("contract.conclude.noClauses");
        }
        for (ObligationSchedule.Entry e : ObligationSchedule.plan(getIncludedClauses(), periodStart, periodEnd)) {
            obligations.add(new Obligation(this, e.clause(), e.evidenceName(), e.timing(), e.dueDate()));
        }
        status = ContractStatus.CONCLUDED;
        concludedAt = at;
        concludedBy = Objects.requireNonNull(actor);
    }

    /** 履行開始. */
    public void start(OffsetDateTime at) {
        requireStatus(ContractStatus.CONCLUDED, "contract.start.notConcluded");
        status = ContractStatus.IN_PROGRESS;
        startedAt = at;
    }

    /** 履行終了: the work is over; end-of-contract evidence becomes the open question. */
    public void finish(OffsetDateTime at) {
        requireStatus(ContractStatus.IN_PROGRESS, "contract.finish.notInProgress");
        status = ContractStatus.ENDED;
        endedAt = at;
    }

    /** 完了: refused while any end-of-contract obligation (e.g. 削除証明書) is not accepted. */
    public void close(String actor, OffsetDateTime at) {
        requireStatus(ContractStatus.ENDED, "contract.close.notEnded");
        List<String> open = obligations.stream()
                .filter(o -> o.getTiming() == EvidenceTiming.AT_END && o.isOutstanding())
                .map(Obligation::getEvidenceName).distinct().toList();
        if (!open.isEmpty()) {
            throw new BusinessRuleViolation("contract.close.endObligationsOpen", String.join("、", open));
        }
        status = ContractStatus.CLOSED;
        closedAt = at;
        closedBy = Objects.requireNonNull(actor);
    }

    private void requireDraft() {
        if (status != ContractStatus.DRAFT) {
            throw new BusinessRuleViolation("contract.notDraft");
        }
    }

    private void requireStatus(ContractStatus expected, String key) {
        if (status != expected) {
            throw new BusinessRuleViolation(key);
        }
    }

    public boolean isDraft() {
        return status == ContractStatus.DRAFT;
    }

    public boolean isMayStart() {
        return status == ContractStatus.CONCLUDED;
    }

    public boolean isMayFinish() {
        return status == ContractStatus.IN_PROGRESS;
    }

    public boolean isMayClose() {
        return status == ContractStatus.ENDED;
    }

    /** Clauses in annex order (chapter, then the clause's place), removed ones included. */
    public List<ContractClause> getClauses() {
        return clauses.stream().sorted(Comparator.comparing(ContractClause::getClause, ClauseSelection.ANNEX_ORDER))
                .toList();
    }

    /** The clauses that bind: in annex order, without those left out by an approved removal. */
    public List<ContractClause> getIncludedClauses() {
        return getClauses().stream().filter(ContractClause::isIncluded).toList();
    }

    /** Obligations by due date; on one day in the order the schedule made them. */
    public List<Obligation> getObligations() {
        return obligations.stream()
                .sorted(Comparator.comparing(Obligation::getDueDate)
                        .thenComparing(Obligation::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** One row of the compliance matrix: a clause and the obligations it created, by due date. */
    public record ClauseObligations(ContractClause clause, List<Obligation> obligations) {
    }

    /** The clause × obligation matrix: every included clause that asks for evidence, in annex order. */
    public List<ClauseObligations> complianceMatrix() {
        List<Obligation> all = getObligations();
        return getIncludedClauses().stream()
                .map(cc -> new ClauseObligations(cc, all.stream().filter(o -> o.getContractClause() == cc).toList()))
                .filter(row -> !row.obligations().isEmpty())
                .toList();
    }

    public Optional<Obligation> obligation(Long obligationId) {
        return obligations.stream().filter(o -> o.getId().equals(obligationId)).findFirst();
    }

    public Set<NetworkSegment> getSegments() {
        EnumSet<NetworkSegment> s = EnumSet.noneOf(NetworkSegment.class);
        if (segmentMyNumber) {
            s.add(NetworkSegment.MY_NUMBER_USE);
        }
        if (segmentLgwan) {
            s.add(NetworkSegment.LGWAN);
        }
        if (segmentInternet) {
            s.add(NetworkSegment.INTERNET);
        }
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getTitle() {
        return title;
    }

    public Department getDepartment() {
        return department;
    }

    public Contractor getContractor() {
        return contractor;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Long getValueYen() {
        return valueYen;
    }

    public ConfidentialityLevel getConfidentiality() {
        return confidentiality;
    }

    public int getIntegrity() {
        return integrity;
    }

    public int getAvailability() {
        return availability;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public boolean isCloudService() {
        return cloudService;
    }

    public boolean isOnSiteWork() {
        return onSiteWork;
    }

    public boolean isSubcontractingAllowed() {
        return subcontractingAllowed;
    }

    /** Approved subcontracting arrangements, by subcontractor name. */
    public List<Subcontracting> getSubcontractings() {
        return subcontractings.stream()
                .sorted(Comparator.comparing((Subcontracting s) -> s.getSubcontractor().getName())).toList();
    }

    public ContractStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getConcludedAt() {
        return concludedAt;
    }

    public String getConcludedBy() {
        return concludedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    @Override
    public String auditId() {
        return contractNumber;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("contractNumber", contractNumber);
        state.put("title", title);
        state.put("department", department.getCode());
        state.put("contractor", contractor.getId() + " " + contractor.getName());
        state.put("period", periodStart + "/" + periodEnd);
        state.put("valueYen", valueYen == null ? "" : valueYen.toString());
        state.put("confidentiality", confidentiality.getCode());
        state.put("integrity", Integer.toString(integrity));
        state.put("availability", Integer.toString(availability));
        state.put("segments", getSegments().toString());
        state.put("personalInfo", Boolean.toString(personalInfo));
        state.put("myNumber", Boolean.toString(myNumber));
        state.put("cloudService", Boolean.toString(cloudService));
        state.put("onSiteWork", Boolean.toString(onSiteWork));
        state.put("subcontractingAllowed", Boolean.toString(subcontractingAllowed));
        state.put("subcontractings", subcontractings.stream().map(s -> s.getId().toString()).sorted()
                .collect(Collectors.joining(",")));
        state.put("status", status.name());
        state.put("concludedBy", concludedBy == null ? "" : concludedBy);
        state.put("closedBy", closedBy == null ? "" : closedBy);
        return state;
    }
}
