package jp.kochi.vrm.vetting;

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
import jakarta.persistence.PostLoad;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.RiskTier;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.LocalText;

/**
 * 審査: the vetting of one contractor for one piece of work, against one checklist version. Filled in by
 * procurement, submitted, then approved or rejected by a security officer who is not the submitter
 * (four eyes). A decided vetting is never changed; re-vetting is a new vetting.
 */
@Entity
@Table(name = "vetting")
@NamedQuery(name = Vetting.OF_CONTRACTOR,
        query = "SELECT v FROM Vetting v WHERE v.contractor.id = :contractor ORDER BY v.createdAt DESC, v.id DESC")
@NamedQuery(name = Vetting.AWAITING, query = "SELECT v FROM Vetting v JOIN FETCH v.contractor "
        + "WHERE v.status = jp.kochi.vrm.vetting.VettingStatus.SUBMITTED ORDER BY v.submittedAt")
@NamedQuery(name = Vetting.LATEST_APPROVED, query = "SELECT v FROM Vetting v WHERE v.contractor.id = :contractor "
        + "AND v.status = jp.kochi.vrm.vetting.VettingStatus.APPROVED ORDER BY v.decidedAt DESC, v.id DESC")
@NamedQuery(name = Vetting.OPEN_OF_CONTRACTOR, query = "SELECT COUNT(v) FROM Vetting v WHERE v.contractor.id = :contractor "
        + "AND v.status IN (jp.kochi.vrm.vetting.VettingStatus.DRAFT, jp.kochi.vrm.vetting.VettingStatus.SUBMITTED)")
public class Vetting extends AuditedEntity {

    static final String OF_CONTRACTOR = "Vetting.ofContractor";
    static final String AWAITING = "Vetting.awaiting";
    static final String OPEN_OF_CONTRACTOR = "Vetting.openOfContractor";
    public static final String LATEST_APPROVED = "Vetting.latestApproved";

    /** Longest a decision may hold before re-vetting: three years. */
    public static final int MAX_VALID_YEARS = 3;

    @Id
    @SequenceGenerator(name = "vetting_seq", sequenceName = "vetting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vetting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contractor_id", nullable = false, updatable = false)
    private Contractor contractor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "checklist_id", nullable = false, updatable = false)
    private SelectionChecklist checklist;

    /** The work the contractor will do (委託業務). */
    @Column(name = "work_description", nullable = false, length = 500)
    private String workDescription;

    /** The highest confidentiality level of the information the work handles. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "confidentiality", nullable = false)
    private ConfidentialityLevel confidentiality;

    @Column(name = "personal_info", nullable = false)
    private boolean personalInfo;

    /** 特定個人情報 (My Number) handled: adds the My Number items. */
    @Column(name = "my_number", nullable = false)
    private boolean myNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VettingStatus status = VettingStatus.DRAFT;

    /** Fixed at submission. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", length = 10)
    private RiskTier riskTier;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    /** Last saved: every save of a draft changes the vetting row, so answers are audited with it. */
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    /** Re-vetting due after this date. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @OneToMany(mappedBy = "vetting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<VettingAnswer> answers = new ArrayList<>();

    protected Vetting() {
    }

    /** A new draft vetting with one empty answer per item the work calls for. */
    public Vetting(Contractor contractor, SelectionChecklist checklist, String workDescription,
            ConfidentialityLevel confidentiality, boolean personalInfo, boolean myNumber, String actor,
            OffsetDateTime at) {
        this.contractor = Objects.requireNonNull(contractor, "contractor");
        if (contractor.isEnded()) {
            throw new BusinessRuleViolation("contractor.ended");
        }
        this.checklist = Objects.requireNonNull(checklist, "checklist");
        this.createdBy = actor;
        this.createdAt = at;
        this.updatedAt = at;
        describeWork(workDescription, confidentiality, personalInfo, myNumber);
    }

    /** Sets what the work handles; adds or drops the My Number items to match. Drafts only. */
    public void describeWork(String description, ConfidentialityLevel level, boolean personal, boolean myNumberWork) {
        requireDraft();
        if (description == null || description.isBlank()) {
            throw new BusinessRuleViolation("vetting.work.required");
        }
        if (description.strip().length() > 500) {
            throw new BusinessRuleViolation("vetting.work.tooLong", 500);
        }
        if (level == null) {
            throw new BusinessRuleViolation("vetting.confidentiality.required");
        }
        this.workDescription = description.strip();
        this.confidentiality = level;
        // My Number (特定個人情報) is personal information by definition.
        this.personalInfo = personal || myNumberWork;
        this.myNumber = myNumberWork;
        answers.removeIf(a -> !a.getItem().appliesTo(myNumberWork));
        for (ChecklistItem item : checklist.itemsFor(myNumberWork)) {
            if (answers.stream().noneMatch(a -> a.getItem().equals(item))) {
                answers.add(new VettingAnswer(this, item));
            }
        }
        answers.sort(Comparator.comparingInt(a -> a.getItem().getPosition()));
    }

    /** Answers in checklist order, whatever order the database returns them in. */
    @PostLoad
    void orderAnswers() {
        answers.sort(Comparator.comparingInt(a -> a.getItem().getPosition()));
    }

    /** Marks a save of the draft (answers are part of the vetting's audited state). */
    public void touch(OffsetDateTime at) {
        this.updatedAt = at;
    }

    /** The tier the answers give now (drafts show it live; submission fixes it). */
    public RiskTierRule.Assessment assessment() {
        return RiskTierRule.assess(confidentiality, personalInfo, myNumber, answers.stream()
                .filter(a -> a.getAnswer() != null)
                .map(a -> new RiskTierRule.Answered(a.getItem(), a.getAnswer())).toList());
    }

    /** 提出: every item answered, essential items not "not applicable"; fixes the tier. */
    public void submit(String actor, OffsetDateTime at) {
        requireDraft();
        List<LocalText> unanswered = answers.stream().filter(a -> a.getAnswer() == null)
                .map(a -> a.getItem().label()).toList();
        if (!unanswered.isEmpty()) {
            throw new BusinessRuleViolation("vetting.unanswered", LocalText.quotedList(unanswered));
        }
        List<LocalText> essentialNa = answers.stream()
                .filter(a -> a.getItem().isEssential() && a.getAnswer() == Answer.NOT_APPLICABLE)
                .map(a -> a.getItem().label()).toList();
        if (!essentialNa.isEmpty()) {
            throw new BusinessRuleViolation("vetting.essentialNotApplicable", LocalText.quotedList(essentialNa));
        }
        this.riskTier = assessment().tier();
        this.status = VettingStatus.SUBMITTED;
        this.submittedBy = actor;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    /**
     * 承認 by a security officer. The submitter can never approve their own vetting, whatever roles they hold.
     * The decision holds until {@code validUntil} (after today, at most three years ahead).
     */
    public void approve(String approver, OffsetDateTime at, String reason, LocalDate until) {
        decide(approver, reason);
        LocalDate today = at.toLocalDate();
        if (until == null || !until.isAfter(today) || until.isAfter(today.plusYears(MAX_VALID_YEARS))) {
            throw new BusinessRuleViolation("vetting.validUntil.range", MAX_VALID_YEARS);
        }
        this.validUntil = until;
        this.status = VettingStatus.APPROVED;
        this.decidedBy = approver;
        this.decidedAt = at;
        this.decisionReason = reason.strip();
        this.updatedAt = at;
    }

    /** 差戻し by a security officer, with the reason; the same four-eyes rule as approval. */
    public void reject(String approver, OffsetDateTime at, String reason) {
        decide(approver, reason);
        this.status = VettingStatus.REJECTED;
        this.decidedBy = approver;
        this.decidedAt = at;
        this.decisionReason = reason.strip();
        this.updatedAt = at;
    }

    private void decide(String approver, String reason) {
        if (status != VettingStatus.SUBMITTED) {
            throw new BusinessRuleViolation("vetting.notSubmitted");
        }
        if (approver.equals(submittedBy)) {
            throw BusinessRuleViolation.refusal("vetting.fourEyes");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("vetting.decisionReason.required");
        }
        if (reason.strip().length() > 1000) {
            throw new BusinessRuleViolation("vetting.decisionReason.tooLong", 1000);
        }
    }

    void requireDraft() {
        if (status != VettingStatus.DRAFT) {
            throw new BusinessRuleViolation("vetting.notDraft");
        }
    }

    public boolean isDraft() {
        return status == VettingStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return status == VettingStatus.SUBMITTED;
    }

    public VettingAnswer answerTo(Long itemId) {
        return answers.stream().filter(a -> a.getItem().getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("error.recordMissing"));
    }

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public Contractor getContractor() {
        return contractor;
    }

    public SelectionChecklist getChecklist() {
        return checklist;
    }

    public String getWorkDescription() {
        return workDescription;
    }

    public ConfidentialityLevel getConfidentiality() {
        return confidentiality;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public VettingStatus getStatus() {
        return status;
    }

    public RiskTier getRiskTier() {
        return riskTier;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public List<VettingAnswer> getAnswers() {
        return answers;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("contractor", contractor.getId() == null ? null : contractor.getId().toString());
        state.put("checklistVersion", Integer.toString(checklist.getVersionNo()));
        state.put("workDescription", workDescription);
        state.put("confidentiality", confidentiality == null ? null : confidentiality.getCode());
        state.put("personalInfo", Boolean.toString(personalInfo));
        state.put("myNumber", Boolean.toString(myNumber));
        state.put("status", status.name());
        state.put("riskTier", riskTier == null ? null : riskTier.name());
        state.put("answers", answers.stream().sorted(Comparator.comparingInt(a -> a.getItem().getPosition()))
                // By the item's number in the checklist version (recorded beside it), not its code: the log is read.
                .map(a -> a.getItem().getPosition() + "="
                + (a.getAnswer() == null ? "" : a.getAnswer().name())
                + (a.getComment() == null ? "" : " (" + a.getComment() + ")")
                + (a.getEvidence() == null ? "" : " [" + a.getEvidence().getSha256().substring(0, 12) + "]"))
                .reduce((x, y) -> x + "; " + y).orElse(""));
        state.put("submittedBy", submittedBy);
        state.put("decidedBy", decidedBy);
        state.put("decisionReason", decisionReason);
        state.put("validUntil", validUntil == null ? null : validUntil.toString());
        return state;
    }
}
