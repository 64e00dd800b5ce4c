package jp.kochi.vrm.cloud;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 外部サービス: a cloud or other external service the city's departments use, with the facts its classification
 * ceiling follows from ({@link CeilingRule}), the exceptions granted above it, and the departments' usages.
 */
@Entity
@Table(name = "external_service")
@NamedQuery(name = ExternalService.LIST, query = "SELECT s FROM ExternalService s JOIN FETCH s.department "
        + "ORDER BY s.active DESC, s.name")
public class ExternalService extends AuditedEntity {

    static final String LIST = "ExternalService.list";

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 100;
    public static final int MAX_REGIONS = 200;
    public static final int MAX_NOTES = 1000;
    public static final int MAX_ISMAP_NUMBER = 40;

    @Id
    @SequenceGenerator(name = "external_service_seq", sequenceName = "external_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_service_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "provider_name", nullable = false, length = MAX_NAME)
    private String providerName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_contractor_id")
    private Contractor providerContractor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ServiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceTerms terms;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(name = "ismap_status", nullable = false, length = 10)
    private IsmapStatus ismapStatus;

    @Column(name = "ismap_number", length = MAX_ISMAP_NUMBER)
    private String ismapNumber;

    @Column(name = "ismap_listed_until")
    private LocalDate ismapListedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_location", nullable = false, length = 10)
    private DataLocation dataLocation;

    @Column(name = "data_regions", length = MAX_REGIONS)
    private String dataRegions;

    @Enumerated(EnumType.STRING)
    @Column(name = "governing_law", nullable = false, length = 10)
    private GoverningLaw governingLaw;

    @Column(length = MAX_TEXT)
    private String court;

    @Column(nullable = false)
    private boolean mfa;

    @Column(nullable = false)
    private boolean sso;

    @Column(name = "encryption_at_rest", nullable = false)
    private boolean encryptionAtRest;

    @Column(name = "audit_logs", nullable = false)
    private boolean auditLogs;

    @Column(name = "deletion_on_exit", nullable = false)
    private boolean deletionOnExit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "responsible_person", nullable = false, length = MAX_TEXT)
    private String responsiblePerson;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
    @OrderBy("grantedAt DESC")
    @BatchFetch(BatchFetchType.IN)
    private List<ExceptionApproval> exceptions = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt DESC")
    @BatchFetch(BatchFetchType.IN)
    private List<ServiceUsage> usages = new ArrayList<>();

    /**
     * The facts staff enter, with references already resolved.
     *
     * @param reviewDate the next review of the service (not before today when it changes)
     */
    public record Facts(String name, String providerName, Contractor providerContractor, ServiceKind kind,
            ServiceTerms terms, Contract contract, IsmapStatus ismapStatus, String ismapNumber, LocalDate ismapListedUntil,
            DataLocation dataLocation, String dataRegions, GoverningLaw governingLaw, String court, boolean mfa,
            boolean sso, boolean encryptionAtRest, boolean auditLogs, boolean deletionOnExit, Department department,
            String responsiblePerson, LocalDate reviewDate, String notes) {
    }

    protected ExternalService() {
    }

    public ExternalService(Facts facts, LocalDate today, String createdBy, OffsetDateTime createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        describe(facts, today);
    }

    /** Sets the facts, after checking all of them; a refused value changes nothing. */
    public void describe(Facts f, LocalDate today) {
        String cleanName = TextInput.clean(f.name(), MAX_NAME, "service.name", true);
        String cleanProvider = f.providerContractor() != null && blank(f.providerName())
                ? f.providerContractor().getName() : TextInput.clean(f.providerName(), MAX_NAME, "service.provider", true);
        require(f.kind(), "service.kind");
        require(f.terms(), "service.terms");
        require(f.ismapStatus(), "service.ismap");
        require(f.dataLocation(), "service.dataLocation");
        require(f.governingLaw(), "service.governingLaw");
        if (f.department() == null) {
            throw new BusinessRuleViolation("app.required", "service.department");
        }
        if (!f.department().isActive() && (department == null || !department.equals(f.department()))) {
            throw new BusinessRuleViolation("service.department.inactive", f.department().getName());
        }
        String cleanResponsible = TextInput.clean(f.responsiblePerson(), MAX_TEXT, "service.responsible", true);
        if (f.contract() != null && f.terms() != ServiceTerms.NEGOTIATED) {
            throw new BusinessRuleViolation("service.contract.standardTerms");
        }
        String number = null;
        LocalDate listedUntil = null;
        if (f.ismapStatus() != IsmapStatus.NONE) {
            number = TextInput.clean(f.ismapNumber(), MAX_ISMAP_NUMBER, "service.ismapNumber", true);
            if (f.ismapListedUntil() == null) {
                throw new BusinessRuleViolation("app.required", "service.ismapListedUntil");
            }
            listedUntil = f.ismapListedUntil();
            if (f.ismapStatus() == IsmapStatus.ISMAP_LIU && f.kind() != ServiceKind.SAAS) {
                throw new BusinessRuleViolation("service.ismap.liuSaasOnly");
            }
        }
        if (f.reviewDate() == null) {
            throw new BusinessRuleViolation("app.required", "service.reviewDate");
        }
        if (f.reviewDate().isBefore(today) && !f.reviewDate().equals(reviewDate)) {
            throw new BusinessRuleViolation("service.reviewDate.past");
        }
        if (f.reviewDate().isAfter(today.plusYears(3))) {
            throw new BusinessRuleViolation("service.reviewDate.tooFar");
        }
        String regions = TextInput.clean(f.dataRegions(), MAX_REGIONS, "service.dataRegions", false);
        String cleanCourt = TextInput.clean(f.court(), MAX_TEXT, "service.court", false);
        String cleanNotes = TextInput.clean(f.notes(), MAX_NOTES, "service.notes", false);

        this.name = cleanName;
        this.providerName = cleanProvider;
        this.providerContractor = f.providerContractor();
        this.kind = f.kind();
        this.terms = f.terms();
        this.contract = f.contract();
        this.ismapStatus = f.ismapStatus();
        this.ismapNumber = number;
        this.ismapListedUntil = listedUntil;
        this.dataLocation = f.dataLocation();
        this.dataRegions = regions;
        this.governingLaw = f.governingLaw();
        this.court = cleanCourt;
        this.mfa = f.mfa();
        this.sso = f.sso();
        this.encryptionAtRest = f.encryptionAtRest();
        this.auditLogs = f.auditLogs();
        this.deletionOnExit = f.deletionOnExit();
        this.department = f.department();
        this.responsiblePerson = cleanResponsible;
        this.reviewDate = f.reviewDate();
        this.notes = cleanNotes;
    }

    /** The facts as they stand, to fill the edit form. */
    public Facts facts() {
        return new Facts(name, providerName, providerContractor, kind, terms, contract, ismapStatus, ismapNumber,
                ismapListedUntil, dataLocation, dataRegions, governingLaw, court, mfa, sso, encryptionAtRest, auditLogs,
                deletionOnExit, department, responsiblePerson, reviewDate, notes);
    }

    /** The facts the ceiling follows from. */
    public CeilingFacts ceilingFacts() {
        return new CeilingFacts(terms, kind, ismapStatus, ismapNumber, ismapListedUntil, dataLocation, governingLaw,
                exceptions.stream().map(ExceptionApproval::grant).toList());
    }

    /** 利用終了: no new usage may be requested; live usages must be ended first. */
    public void retire() {
        if (usages.stream().anyMatch(u -> u.getStatus().isLive())) {
            throw new BusinessRuleViolation("service.retire.liveUsages");
        }
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /**
     * 例外承認の申請: asks that the service may hold up to {@code level} until {@code expiresOn}. Refused beyond the
     * policy's limit ({@link CeilingRule#policyLimit}) and at or below today's ceiling; counts only once a second
     * security officer approves it ({@link #approveException}).
     */
    public ExceptionApproval requestException(ConfidentialityLevel level, String reason, LocalDate expiresOn,
            CeilingRule rule, LocalDate today, String officer, OffsetDateTime at) {
        if (!active) {
            throw new BusinessRuleViolation("service.retired");
        }
        if (level == null) {
            throw new BusinessRuleViolation("app.required", "exception.level");
        }
        requireWithinPolicy(level, rule);
        Ceiling current = rule.derive(ceilingFacts(), today);
        if (!level.isAbove(current.level())) {
            throw new BusinessRuleViolation("exception.notAbove", level.getCode(), current.level().getCode());
        }
        ExceptionApproval approval = new ExceptionApproval(this, level, reason, expiresOn, today, officer, at);
        exceptions.add(0, approval);
        return approval;
    }

    /** 例外承認の承認 by a security officer other than the one who asked, still within the policy's limit. */
    public void approveException(ExceptionApproval exception, CeilingRule rule, LocalDate today, String officer,
            OffsetDateTime at) {
        if (!exceptions.contains(exception)) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        if (!active) {
            throw new BusinessRuleViolation("service.retired");
        }
        requireWithinPolicy(exception.getLevel(), rule);
        exception.approve(today, officer, at);
    }

    private void requireWithinPolicy(ConfidentialityLevel level, CeilingRule rule) {
        CeilingFacts facts = ceilingFacts();
        ConfidentialityLevel limit = rule.policyLimit(facts);
        if (level.isAbove(limit)) {
            throw new BusinessRuleViolation(CeilingRule.policyKey(facts, "exception.beyondPolicy"), level.getCode(),
                    limit.getCode());
        }
    }

    /** A department's request to use the service; refused above the ceiling, with the reasons and remedies. */
    public ServiceUsage requestUsage(Department dept, String purpose, ConfidentialityLevel level, Ceiling ceiling,
            List<Reason> remedies, String requester, OffsetDateTime at) {
        if (!active) {
            throw new BusinessRuleViolation("service.retired");
        }
        if (level == null) {
            throw new BusinessRuleViolation("app.required", "usage.level");
        }
        if (!ceiling.allows(level)) {
            throw new CeilingExceeded(name, level.getCode(), ceiling, remedies);
        }
        ServiceUsage usage = new ServiceUsage(this, dept, purpose, level, requester, at);
        usages.add(0, usage);
        return usage;
    }

    /** Live usages (requested or approved) that put information above {@code ceiling} into the service. */
    public List<ServiceUsage> usagesAbove(Ceiling ceiling) {
        return usages.stream().filter(u -> u.isAbove(ceiling)).toList();
    }

    /** The listing's date is within {@code days} from today (or passed). */
    public boolean isListingExpiringWithin(LocalDate today, int days) {
        return ismapStatus != IsmapStatus.NONE && ismapListedUntil != null
                && !ismapListedUntil.isAfter(today.plusDays(days));
    }

    public boolean isListingExpired(LocalDate today) {
        return ismapStatus != IsmapStatus.NONE && ismapListedUntil != null && ismapListedUntil.isBefore(today);
    }

    public boolean isReviewOverdue(LocalDate today) {
        return active && reviewDate.isBefore(today);
    }

    public boolean isNew() {
        return id == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> void require(T value, String field) {
        if (value == null) {
            throw new BusinessRuleViolation("app.required", field);
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getProviderName() {
        return providerName;
    }

    public Contractor getProviderContractor() {
        return providerContractor;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public ServiceTerms getTerms() {
        return terms;
    }

    public Contract getContract() {
        return contract;
    }

    public IsmapStatus getIsmapStatus() {
        return ismapStatus;
    }

    public String getIsmapNumber() {
        return ismapNumber;
    }

    public LocalDate getIsmapListedUntil() {
        return ismapListedUntil;
    }

    public DataLocation getDataLocation() {
        return dataLocation;
    }

    public String getDataRegions() {
        return dataRegions;
    }

    public GoverningLaw getGoverningLaw() {
        return governingLaw;
    }

    public String getCourt() {
        return court;
    }

    public boolean isMfa() {
        return mfa;
    }

    public boolean isSso() {
        return sso;
    }

    public boolean isEncryptionAtRest() {
        return encryptionAtRest;
    }

    public boolean isAuditLogs() {
        return auditLogs;
    }

    public boolean isDeletionOnExit() {
        return deletionOnExit;
    }

    public Department getDepartment() {
        return department;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<ExceptionApproval> getExceptions() {
        return exceptions;
    }

    public List<ServiceUsage> getUsages() {
        return usages;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("providerName", providerName);
        state.put("providerContractor", providerContractor == null ? null : String.valueOf(providerContractor.getId()));
        state.put("kind", kind.name());
        state.put("terms", terms.name());
        state.put("contract", contract == null ? null : contract.getContractNumber());
        state.put("ismapStatus", ismapStatus.name());
        state.put("ismapNumber", ismapNumber);
        state.put("ismapListedUntil", ismapListedUntil == null ? null : ismapListedUntil.toString());
        state.put("dataLocation", dataLocation.name());
        state.put("dataRegions", dataRegions);
        state.put("governingLaw", governingLaw.name());
        state.put("court", court);
        state.put("securityFeatures", "mfa=" + mfa + ",sso=" + sso + ",encryptionAtRest=" + encryptionAtRest
                + ",auditLogs=" + auditLogs + ",deletionOnExit=" + deletionOnExit);
        state.put("department", department.getCode());
        state.put("responsiblePerson", responsiblePerson);
        state.put("reviewDate", reviewDate.toString());
        state.put("notes", notes);
        state.put("active", Boolean.toString(active));
        return state;
    }
}
