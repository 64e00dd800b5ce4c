package jp.kochi.vrm.contractor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * 再委託: a contractor passes part of its work to another contractor of the register. It counts only once the
 * city has approved it; for My Number work (番号法 第10条) or the highest confidentiality levels the approval
 * must name the subcontractor and the scope, and cite the city's approval document.
 */
@Entity
@Table(name = "subcontracting")
@NamedQuery(name = Subcontracting.ALL_EDGES,
        query = "SELECT NEW jp.kochi.vrm.contractor.SubcontractorTree.Edge(s.prime.id, s.subcontractor.id, s.id) "
                + "FROM Subcontracting s")
@NamedQuery(name = Subcontracting.IN_CHAIN,
        query = "SELECT s FROM Subcontracting s JOIN FETCH s.prime JOIN FETCH s.subcontractor WHERE s.id IN :ids")
@NamedQuery(name = Subcontracting.BY_SUBCONTRACTOR,
        query = "SELECT s FROM Subcontracting s JOIN FETCH s.prime WHERE s.subcontractor = :contractor")
public class Subcontracting extends AuditedEntity {

    static final String ALL_EDGES = "Subcontracting.allEdges";
    static final String IN_CHAIN = "Subcontracting.inChain";
    static final String BY_SUBCONTRACTOR = "Subcontracting.bySubcontractor";

    @Id
    @SequenceGenerator(name = "subcontracting_seq", sequenceName = "subcontracting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subcontracting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contractor_id", nullable = false, updatable = false)
    private Contractor prime;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subcontractor_id", nullable = false, updatable = false)
    private Contractor subcontractor;

    /** The part of the work subcontracted. */
    @Column(length = 500)
    private String scope;

    /** The highest confidentiality level of the information the subcontractor handles. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "confidentiality", nullable = false)
    private ConfidentialityLevel confidentiality;

    /** 特定個人情報 (My Number) handled. */
    @Column(name = "my_number", nullable = false)
    private boolean myNumber;

    @Column(nullable = false)
    private boolean approved;

    /** The city's approval document (e.g. 決裁番号). */
    @Column(name = "approval_reference", length = 100)
    private String approvalReference;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "registered_by", nullable = false, length = 100, updatable = false)
    private String registeredBy;

    protected Subcontracting() {
    }

    public Subcontracting(Contractor prime, Contractor subcontractor, String scope,
            ConfidentialityLevel confidentiality, boolean myNumber, String registeredBy) {
        this.prime = Objects.requireNonNull(prime, "prime");
        this.subcontractor = Objects.requireNonNull(subcontractor, "subcontractor");
        if (prime.equals(subcontractor) || (prime.getId() != null && prime.getId().equals(subcontractor.getId()))) {
            throw new BusinessRuleViolation("subcontracting.self");
        }
        if (subcontractor.isEnded()) {
            throw new BusinessRuleViolation("subcontracting.subcontractorEnded");
        }
        this.scope = ContactPerson.clean(scope);
        if (this.scope != null && this.scope.length() > 500) {
            throw new BusinessRuleViolation("subcontracting.scope.tooLong", 500);
        }
        this.confidentiality = Objects.requireNonNull(confidentiality, "confidentiality");
        this.myNumber = myNumber;
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
    }

    /** My Number work or one of the highest levels: the approval must name the scope and cite a document. */
    public boolean isNamedApprovalRequired() {
        return myNumber || confidentiality.isHighest();
    }

    /**
     * Records the city's approval. The person who registered the arrangement cannot approve it (four eyes);
     * for My Number or the highest levels, the scope and the approval document must be named.
     */
    public void approve(String reference, String approver, OffsetDateTime at) {
        if (approved) {
            throw new BusinessRuleViolation("subcontracting.alreadyApproved");
        }
        if (approver.equals(registeredBy)) {
            throw BusinessRuleViolation.refusal("subcontracting.fourEyes");
        }
        String ref = ContactPerson.clean(reference);
        if (ref != null && ref.length() > 100) {
            throw new BusinessRuleViolation("subcontracting.reference.tooLong", 100);
        }
        if (isNamedApprovalRequired() && (scope == null || ref == null)) {
            throw new BusinessRuleViolation("subcontracting.namedApprovalRequired");
        }
        this.approvalReference = ref;
        this.approvedBy = approver;
        this.approvedAt = at;
        this.approved = true;
    }

    public Long getId() {
        return id;
    }

    public Contractor getPrime() {
        return prime;
    }

    public Contractor getSubcontractor() {
        return subcontractor;
    }

    public String getScope() {
        return scope;
    }

    public ConfidentialityLevel getConfidentiality() {
        return confidentiality;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getApprovalReference() {
        return approvalReference;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("prime", prime.getId() == null ? null : prime.getId().toString());
        state.put("subcontractor", subcontractor.getId() == null ? null : subcontractor.getId().toString());
        state.put("scope", scope);
        state.put("confidentiality", confidentiality.getCode());
        state.put("myNumber", Boolean.toString(myNumber));
        state.put("approved", Boolean.toString(approved));
        state.put("approvalReference", approvalReference);
        return state;
    }
}
