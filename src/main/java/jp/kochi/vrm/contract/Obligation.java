package jp.kochi.vrm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.clause.EvidenceTiming;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * 提出義務: one piece of evidence a clause requires, due on one date. Submitted (with a content-checked file),
 * then accepted or returned by someone other than the submitter.
 */
@Entity
@Table(name = "obligation")
public class Obligation extends AuditedEntity {

    /** What the compliance matrix shows for an obligation on a given day. */
    public enum State {
        ACCEPTED, SUBMITTED, RETURNED, OVERDUE, DUE
    }

    @Id
    @SequenceGenerator(name = "obligation_seq", sequenceName = "obligation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_clause_id", nullable = false, updatable = false)
    private ContractClause contractClause;

    @Column(name = "evidence_name", nullable = false, length = 100, updatable = false)
    private String evidenceName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EvidenceTiming timing;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObligationStatus status = ObligationStatus.OPEN;

    @ManyToOne
    @JoinColumn(name = "evidence_id")
    private EvidenceFile evidence;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    protected Obligation() {
    }

    Obligation(Contract contract, ContractClause contractClause, String evidenceName, EvidenceTiming timing,
            LocalDate dueDate) {
        this.contract = contract;
        this.contractClause = contractClause;
        this.evidenceName = evidenceName;
        this.timing = timing;
        this.dueDate = dueDate;
    }

    /** Records the evidence as submitted; allowed while open or returned. */
    public void submit(EvidenceFile file, String actor, OffsetDateTime at) {
        if (status != ObligationStatus.OPEN && status != ObligationStatus.RETURNED) {
            throw new BusinessRuleViolation("obligation.notOpen");
        }
        if (contract.getStatus() == ContractStatus.DRAFT || contract.getStatus() == ContractStatus.CLOSED) {
            throw new BusinessRuleViolation("obligation.contractNotActive");
        }
        this.evidence = Objects.requireNonNull(file);
        this.submittedBy = Objects.requireNonNull(actor);
        this.submittedAt = at;
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.reviewNote = null;
        this.status = ObligationStatus.SUBMITTED;
    }

    /** Accepts or returns the submission; never by the person who submitted it. */
    public void review(boolean accept, String note, String actor, OffsetDateTime at) {
        if (status != ObligationStatus.SUBMITTED) {
            throw new BusinessRuleViolation("obligation.notSubmitted");
        }
        if (actor.equals(submittedBy)) {
            throw new BusinessRuleViolation("obligation.ownSubmission");
        }
        String n = note == null ? "" : note.strip();
        if (!accept && n.isEmpty()) {
            throw new BusinessRuleViolation("obligation.returnNoteRequired");
        }
        if (n.length() > 1000) {
            throw new BusinessRuleViolation("contract.reason.tooLong", 1000);
        }
        this.status = accept ? ObligationStatus.ACCEPTED : ObligationStatus.RETURNED;
        this.reviewedBy = actor;
        this.reviewedAt = at;
        this.reviewNote = n.isEmpty() ? null : n;
    }

    /** Not accepted or submitted, and the due date has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return (status == ObligationStatus.OPEN || status == ObligationStatus.RETURNED) && dueDate.isBefore(today);
    }

    /** Still to be met: anything but accepted. */
    public boolean isOutstanding() {
        return status != ObligationStatus.ACCEPTED;
    }

    public State stateOn(LocalDate today) {
        return switch (status) {
            case ACCEPTED -> State.ACCEPTED;
            case SUBMITTED -> State.SUBMITTED;
            case RETURNED -> isOverdueOn(today) ? State.OVERDUE : State.RETURNED;
            case OPEN -> isOverdueOn(today) ? State.OVERDUE : State.DUE;
        };
    }

    public Long getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public ContractClause getContractClause() {
        return contractClause;
    }

    public String getEvidenceName() {
        return evidenceName;
    }

    public EvidenceTiming getTiming() {
        return timing;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ObligationStatus getStatus() {
        return status;
    }

    public EvidenceFile getEvidence() {
        return evidence;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    @Override
    public String auditId() {
        return contract.getContractNumber() + "/" + evidenceName + "/" + dueDate;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("contract", contract.getContractNumber());
        state.put("clause", contractClause.getClause().getCode());
        state.put("evidenceName", evidenceName);
        state.put("timing", timing.name());
        state.put("dueDate", dueDate.toString());
        state.put("status", status.name());
        state.put("evidence", evidence == null ? "" : evidence.getFileName() + " " + evidence.getSha256());
        state.put("submittedBy", submittedBy == null ? "" : submittedBy);
        state.put("reviewedBy", reviewedBy == null ? "" : reviewedBy);
        state.put("reviewNote", reviewNote == null ? "" : reviewNote);
        return state;
    }
}
