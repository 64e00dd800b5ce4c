package jp.kochi.vrm.contractor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 委託事業者: a company (or sole proprietor) the city gives work to. Its status moves only through the intent
 * methods below, each recorded as a {@link StatusChange} with reason and actor; approval and risk tier come
 * from an approved vetting, never from a form field.
 */
@Entity
@Table(name = "contractor")
@NamedQuery(name = Contractor.BY_CORPORATE_NUMBER,
        query = "SELECT c FROM Contractor c WHERE c.corporateNumber = :number")
@NamedQuery(name = Contractor.CORPORATE_NUMBERS_IN,
        query = "SELECT c.corporateNumber FROM Contractor c WHERE c.corporateNumber IN :numbers")
public class Contractor extends AuditedEntity {

    static final String BY_CORPORATE_NUMBER = "Contractor.byCorporateNumber";
    static final String CORPORATE_NUMBERS_IN = "Contractor.corporateNumbersIn";

    /** Maximum contact people per contractor. */
    public static final int MAX_CONTACTS = 5;

    @Id
    @SequenceGenerator(name = "contractor_seq", sequenceName = "contractor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contractor_seq")
    private Long id;

    @NotBlank(message = "{vrm.contractor.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    /** フリガナ: the reading in katakana, by which the register is sorted (五十音順). */
    @NotBlank(message = "{vrm.contractor.kana.required}")
    @Size(max = 200)
    @Column(name = "name_kana", nullable = false, length = 200)
    private String nameKana;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "kana_key", nullable = false, length = 200)
    private String kanaKey;

    /** 法人番号, normalised to 13 ASCII digits; none only for a sole proprietor (個人事業主). */
    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    @Column(name = "sole_proprietor", nullable = false)
    private boolean soleProprietor;

    @NotBlank(message = "{vrm.contractor.address.required}")
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String address;

    /** 代表者: the representative's name and title. */
    @NotBlank(message = "{vrm.contractor.representative.required}")
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String representative;

    @Valid
    @Size(max = MAX_CONTACTS)
    // Batch: a list of contractors (or of contracts with theirs) reads the contacts and departments of all of them in
    // one query each, not one per contractor when the audit baseline (AuditListener.loaded) reads them.
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "contractor_contact", joinColumns = @JoinColumn(name = "contractor_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contacts = new ArrayList<>();

    /** 利用所管課: the city's departments that use the contractor. */
    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "contractor_department", joinColumns = @JoinColumn(name = "contractor_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractorStatus status = ContractorStatus.CANDIDATE;

    /** The status's place in the lifecycle, for sorting (1 候補 … 5 取引終了). */
    @Column(name = "status_rank", nullable = false)
    private int statusRank = ContractorStatus.CANDIDATE.rank();

    /** From the latest approved vetting. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", length = 10)
    private RiskTier riskTier;

    /** The tier's severity, for sorting (0 none, 1 低, 2 中, 3 高). */
    @Column(name = "risk_rank", nullable = false)
    private int riskRank;

    /** Re-vetting is due after this date (from the latest approved vetting). */
    @Column(name = "vetting_valid_until")
    private LocalDate vettingValidUntil;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private OffsetDateTime registeredAt;

    @OneToMany(mappedBy = "contractor", fetch = FetchType.LAZY, cascade = jakarta.persistence.CascadeType.PERSIST)
    @OrderBy("changedAt DESC")
    private List<StatusChange> statusChanges = new ArrayList<>();

    @OneToMany(mappedBy = "contractor", fetch = FetchType.LAZY)
    @OrderBy("validUntil ASC")
    private List<Certification> certifications = new ArrayList<>();

    protected Contractor() {
    }

    public Contractor(String name, String nameKana, String corporateNumber, boolean soleProprietor, String address,
            String representative, OffsetDateTime registeredAt) {
        setName(name);
        setNameKana(nameKana);
        setCorporateNumber(corporateNumber, soleProprietor);
        setAddress(address);
        setRepresentative(representative);
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** A fresh, unsaved contractor for the registration form. */
    public static Contractor blank() {
        Contractor c = new Contractor();
        c.contacts.add(new ContactPerson());
        return c;
    }

    /** Stamps a new registration with its time (once; imports and the form both come through here). */
    public void registeredAt(OffsetDateTime at) {
        if (registeredAt == null) {
            registeredAt = Objects.requireNonNull(at, "at");
        }
    }

    @PrePersist
    @PreUpdate
    void updateSearchKeys() {
        nameKey = SearchKeys.name(name);
        kanaKey = SearchKeys.kana(nameKana);
    }

    // --- status: intent methods only ----------------------------------------------------------------------

    /** 審査中: a vetting for this contractor has been submitted. A contractor already approved stays approved. */
    public void vettingSubmitted(String reason, String actor, OffsetDateTime at) {
        requireNotEnded();
        if (status == ContractorStatus.CANDIDATE) {
            moveTo(ContractorStatus.UNDER_REVIEW, reason, actor, at);
        }
    }

    /** 承認: a vetting was approved; the contractor takes its tier and valid-until date. */
    public void vettingApproved(RiskTier tier, LocalDate validUntil, String reason, String actor, OffsetDateTime at) {
        requireNotEnded();
        this.riskTier = Objects.requireNonNull(tier, "tier");
        this.riskRank = tier.rank();
        this.vettingValidUntil = Objects.requireNonNull(validUntil, "validUntil");
        if (status == ContractorStatus.CANDIDATE || status == ContractorStatus.UNDER_REVIEW) {
            moveTo(ContractorStatus.APPROVED, reason, actor, at);
        }
    }

    /** A vetting was rejected: a contractor under review goes back to candidate; an approved one is unchanged. */
    public void vettingRejected(String reason, String actor, OffsetDateTime at) {
        if (status == ContractorStatus.UNDER_REVIEW) {
            moveTo(ContractorStatus.CANDIDATE, reason, actor, at);
        }
    }

    /** 停止: an approved contractor may not be given new work until reinstated. */
    public void suspend(String reason, String actor, OffsetDateTime at) {
        moveTo(ContractorStatus.SUSPENDED, requireReason(reason), actor, at);
    }

    /** 停止解除: back to approved, only while the last approved vetting is still valid. */
    public void reinstate(String reason, String actor, OffsetDateTime at) {
        if (status != ContractorStatus.SUSPENDED) {
            throw new BusinessRuleViolation("contractor.status.notAllowed", "contractor.status." + status.name(),
                    "contractor.status." + ContractorStatus.APPROVED.name());
        }
        if (vettingValidUntil == null || vettingValidUntil.isBefore(at.toLocalDate())) {
            throw new BusinessRuleViolation("contractor.reinstate.vettingLapsed");
        }
        moveTo(ContractorStatus.APPROVED, requireReason(reason), actor, at);
    }

    /** 取引終了: final. */
    public void end(String reason, String actor, OffsetDateTime at) {
        moveTo(ContractorStatus.ENDED, requireReason(reason), actor, at);
    }

    private void moveTo(ContractorStatus target, String reason, String actor, OffsetDateTime at) {
        if (!status.canMoveTo(target)) {
            throw new BusinessRuleViolation("contractor.status.notAllowed", "contractor.status." + status.name(),
                    "contractor.status." + target.name());
        }
        statusChanges.add(0, new StatusChange(this, status, target, reason, actor, at));
        status = target;
        statusRank = target.rank();
    }

    private void requireNotEnded() {
        if (status == ContractorStatus.ENDED) {
            throw new BusinessRuleViolation("contractor.ended");
        }
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("contractor.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessRuleViolation("contractor.reason.tooLong", 500);
        }
        return reason.strip();
    }

    /** Whether the status actions are available (for the page's flags). */
    public boolean isMaySuspend() {
        return status.canMoveTo(ContractorStatus.SUSPENDED);
    }

    public boolean isMayReinstate() {
        return status == ContractorStatus.SUSPENDED;
    }

    public boolean isMayEnd() {
        return status.canMoveTo(ContractorStatus.ENDED);
    }

    public boolean isEnded() {
        return status == ContractorStatus.ENDED;
    }

    /** The approval has lapsed: approved, but re-vetting was due before {@code today}. */
    public boolean vettingLapsed(LocalDate today) {
        return status == ContractorStatus.APPROVED && vettingValidUntil != null && vettingValidUntil.isBefore(today);
    }

    // --- register data ------------------------------------------------------------------------------------

    /**
     * Sets the 法人番号 together with the sole-proprietor mark, because one decides whether the other may be
     * blank. Refuses an invalid number with the reason.
     */
    public void setCorporateNumber(String raw, boolean soleProprietor) {
        CorporateNumber.Check check = CorporateNumber.check(raw);
        if (check.problem() == CorporateNumber.Problem.BLANK) {
            if (!soleProprietor) {
                throw new BusinessRuleViolation("contractor.corporateNumber.requiredForCompany");
            }
        } else if (!check.valid()) {
            throw new BusinessRuleViolation("contractor.corporateNumber." + check.problem().name());
        }
        this.corporateNumber = check.number();
        this.soleProprietor = soleProprietor;
    }

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
        this.nameKey = SearchKeys.name(this.name);
    }

    public String getNameKana() {
        return nameKana;
    }

    /** Hiragana and half-width katakana are the same reading: stored as full-width katakana. */
    public void setNameKana(String nameKana) {
        String reading = nameKana == null ? null : SearchKeys.katakana(nameKana);
        if (reading != null && !reading.isEmpty() && !SearchKeys.isKatakana(reading)) {
            throw new BusinessRuleViolation("contractor.kana.notKatakana");
        }
        this.nameKana = reading;
        this.kanaKey = SearchKeys.kana(reading);
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public boolean isSoleProprietor() {
        return soleProprietor;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null ? null : address.strip();
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative == null ? null : representative.strip();
    }

    /** The contact people; the list is edited in place by the registration form. */
    public List<ContactPerson> getContacts() {
        return contacts;
    }

    /** Drops contact rows left completely empty on the form. */
    public void dropEmptyContacts() {
        contacts.removeIf(c -> c.getName() == null && c.getDepartment() == null && c.getEmail() == null
                && c.getPhone() == null);
    }

    /** Every contact kept has a name; no more than {@link #MAX_CONTACTS}. */
    public void checkContacts() {
        if (contacts.size() > MAX_CONTACTS) {
            throw new BusinessRuleViolation("contractor.contacts.tooMany", MAX_CONTACTS);
        }
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).getName() == null) {
                throw new BusinessRuleViolation("contact.name.required", i + 1);
            }
        }
    }

    /** The register fields a form or an import must fill, checked with a message naming the field. */
    public void checkRequired() {
        requireText(name, 200, "contractor.name");
        requireText(nameKana, 200, "contractor.kana");
        requireText(address, 300, "contractor.address");
        requireText(representative, 100, "contractor.representative");
    }

    private static void requireText(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolation("app.required", field);
        }
        if (value.length() > max) {
            throw new BusinessRuleViolation("app.tooLong", field, max);
        }
    }

    public Set<Department> getDepartments() {
        return departments;
    }

    public void replaceDepartments(Set<Department> chosen) {
        departments.clear();
        departments.addAll(chosen);
    }

    public ContractorStatus getStatus() {
        return status;
    }

    public RiskTier getRiskTier() {
        return riskTier;
    }

    public LocalDate getVettingValidUntil() {
        return vettingValidUntil;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public List<StatusChange> getStatusChanges() {
        return statusChanges;
    }

    public List<Certification> getCertifications() {
        return certifications;
    }

    /** The soonest valid-until date among certifications not yet expired on {@code today}. */
    public LocalDate nextCertificationExpiry(LocalDate today) {
        return certifications.stream().map(Certification::getValidUntil).filter(d -> !d.isBefore(today))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("nameKana", nameKana);
        state.put("corporateNumber", corporateNumber);
        state.put("soleProprietor", Boolean.toString(soleProprietor));
        state.put("address", address);
        state.put("representative", representative);
        state.put("contacts", contacts.stream().map(ContactPerson::summary).collect(Collectors.joining("; ")));
        state.put("departments", departments.stream().map(Department::getCode).sorted()
                .collect(Collectors.joining(",")));
        state.put("status", status.name());
        state.put("riskTier", riskTier == null ? null : riskTier.name());
        state.put("vettingValidUntil", vettingValidUntil == null ? null : vettingValidUntil.toString());
        return state;
    }
}
