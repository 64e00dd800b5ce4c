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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.clause.EvidenceTiming;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * 提出義務: one piece of evidence a clause requires, due on one date. Evidence is handed in as numbered
 * {@link EvidenceSubmission submissions}; each is accepted or sent back by someone other than the submitter:
 * 提出待ち → 審査中 → 承認 / 差戻し → 再提出 (審査中) → ….
 */
@Entity
@Table(name = "obligation")
@NamedQuery(name = Obligation.OVERDUE_BY_CONTRACT, query = "SELECT o.contract.id, COUNT(o) FROM Obligation o "
        + "WHERE o.contract.id IN :contracts AND o.status IN :statuses AND o.dueDate < :today GROUP BY o.contract.id")
public class Obligation extends AuditedEntity {

    /** Overdue obligations per contract, by the rule of {@link #isOverdueOn}. */
    public static final String OVERDUE_BY_CONTRACT = "Obligation.overdueByContract";
    /** The states in which an obligation past its due date is overdue (still to be handed in). */
    public static final java.util.Set<ObligationStatus> OVERDUE_STATUSES =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(ObligationStatus.OPEN, ObligationStatus.RETURNED));

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

    @OneToMany(mappedBy = "obligation", cascade = CascadeType.PERSIST)
    @OrderBy("versionNo")
    private List<EvidenceSubmission> submissions = new ArrayList<>();

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

    /** Most files one submission may carry. */
    public static final int MAX_FILES = 10;
    /** Longest comment or review note. */
    public static final int MAX_TEXT = 1000;

    /**
     * Hands in evidence: one or more checked files and an optional comment, as one new submission (the first,
     * or a new version after a send-back). Allowed while the obligation waits for evidence or was sent back, and
     * only for a concluded contract that is not completed.
     */
    public EvidenceSubmission submit(List<EvidenceFile> files, String comment, Submitter submitter, OffsetDateTime at) {
        requireSubmittable(files == null ? 0 : files.size(), comment);
        String c = comment == null ? "" : comment.strip();
        EvidenceSubmission s = new EvidenceSubmission(this, submissions.size() + 1, files, c.isEmpty() ? null : c,
                Objects.requireNonNull(submitter), Objects.requireNonNull(at));
        submissions.add(s);
        status = status == ObligationStatus.RETURNED ? ObligationStatus.RESUBMITTED : ObligationStatus.SUBMITTED;
        return s;
    }

    /**
     * Refuses a submission of this many files with this comment, with the reason, before any file is read:
     * not open (under review, accepted), contract not active, no file, too many files, comment too long.
     */
    public void requireSubmittable(int fileCount, String comment) {
        if (status != ObligationStatus.OPEN && status != ObligationStatus.RETURNED) {
            throw new BusinessRuleViolation(isAwaitingReview() ? "obligation.underReview" : "obligation.notOpen");
        }
        if (contract.getStatus() == ContractStatus.DRAFT || contract.getStatus() == ContractStatus.CLOSED) {
            throw new BusinessRuleViolation("obligation.contractNotActive");
        }
        if (fileCount == 0) {
            throw new BusinessRuleViolation("obligation.fileRequired");
        }
        if (fileCount > MAX_FILES) {
            throw new BusinessRuleViolation("obligation.tooManyFiles", MAX_FILES);
        }
        if (comment != null && comment.strip().length() > MAX_TEXT) {
            throw new BusinessRuleViolation("obligation.commentTooLong", MAX_TEXT);
        }
    }

    /**
     * Accepts or sends back the submission under review, never by the person who handed it in; a send-back needs
     * a comment, which the contractor reads.
     */
    public EvidenceSubmission review(boolean accept, String note, String actor, OffsetDateTime at) {
        if (!isAwaitingReview()) {
            throw new BusinessRuleViolation("obligation.notSubmitted");
        }
        EvidenceSubmission latest = submissions.get(submissions.size() - 1);
        if (actor.equals(latest.getSubmittedBy())) {
            throw BusinessRuleViolation.refusal("obligation.ownSubmission");
        }
        String n = note == null ? "" : note.strip();
        if (!accept && n.isEmpty()) {
            throw new BusinessRuleViolation("obligation.returnNoteRequired");
        }
        if (n.length() > MAX_TEXT) {
            throw new BusinessRuleViolation("obligation.reviewNoteTooLong", MAX_TEXT);
        }
        latest.decide(accept ? EvidenceSubmission.Decision.ACCEPTED : EvidenceSubmission.Decision.RETURNED,
                n.isEmpty() ? null : n, actor, at);
        status = accept ? ObligationStatus.ACCEPTED : ObligationStatus.RETURNED;
        return latest;
    }

    /** A submission waits for a reviewer (first hand-in or a resubmission). */
    public boolean isAwaitingReview() {
        return status == ObligationStatus.SUBMITTED || status == ObligationStatus.RESUBMITTED;
    }

    /** Evidence can be handed in now: waiting for it or sent back, on a concluded contract not yet completed. */
    public boolean isOpenForSubmission() {
        return (status == ObligationStatus.OPEN || status == ObligationStatus.RETURNED)
                && contract.getStatus() != ContractStatus.DRAFT && contract.getStatus() != ContractStatus.CLOSED;
    }

    /** The newest submission, if any. */
    public Optional<EvidenceSubmission> latestSubmission() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    /** Every submission, oldest first. */
    public List<EvidenceSubmission> getSubmissions() {
        return Collections.unmodifiableList(submissions);
    }

    /** Every submission, newest first (how people read a history). */
    public List<EvidenceSubmission> getSubmissionsNewestFirst() {
        List<EvidenceSubmission> list = new ArrayList<>(submissions);
        Collections.reverse(list);
        return list;
    }

    /** Not accepted or submitted, and the due date has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return OVERDUE_STATUSES.contains(status) && dueDate.isBefore(today);
    }

    /** Still to be met: anything but accepted. */
    public boolean isOutstanding() {
        return status != ObligationStatus.ACCEPTED;
    }

    public State stateOn(LocalDate today) {
        return switch (status) {
            case ACCEPTED -> State.ACCEPTED;
            case SUBMITTED, RESUBMITTED -> State.SUBMITTED;
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
        state.put("submissions", Integer.toString(submissions.size()));
        return state;
    }
}
