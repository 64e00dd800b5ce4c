package jp.kochi.vrm.contract;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.evidence.EvidenceFile;

/**
 * One hand-in of evidence for an obligation: one or more files and a comment, numbered per obligation
 * (第1版, 第2版 …). What was handed in never changes; only the review decision is added, once.
 */
@Entity
@Table(name = "evidence_submission")
public class EvidenceSubmission extends AuditedEntity {

    /** The review outcome of a submission. */
    public enum Decision {
        ACCEPTED, RETURNED
    }

    @Id
    @SequenceGenerator(name = "evidence_submission_seq", sequenceName = "evidence_submission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_submission_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "obligation_id", nullable = false, updatable = false)
    private Obligation obligation;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_kind", nullable = false, length = 20, updatable = false)
    private SubmitterKind submitterKind;

    @Column(name = "submitted_by", nullable = false, length = 100, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_by_name", nullable = false, length = 200, updatable = false)
    private String submittedByName;

    @Column(name = "submitter_email", length = 254, updatable = false)
    private String submitterEmail;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submission_comment", length = 1000, updatable = false)
    private String comment;

    @ManyToMany
    @JoinTable(name = "evidence_submission_file",
            joinColumns = @JoinColumn(name = "submission_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_file_id"))
    @OrderColumn(name = "position")
    private List<EvidenceFile> files = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    protected EvidenceSubmission() {
    }

    EvidenceSubmission(Obligation obligation, int versionNo, List<EvidenceFile> files, String comment,
            Submitter submitter, OffsetDateTime at) {
        this.obligation = obligation;
        this.versionNo = versionNo;
        this.files = new ArrayList<>(files);
        this.comment = comment;
        this.submitterKind = submitter.kind();
        this.submittedBy = submitter.username();
        this.submittedByName = submitter.displayName();
        this.submitterEmail = submitter.email();
        this.submittedAt = at;
    }

    /** Records the review; called by {@link Obligation#review} which checks the rules. */
    void decide(Decision decision, String note, String actor, OffsetDateTime at) {
        this.decision = decision;
        this.reviewNote = note;
        this.reviewedBy = actor;
        this.reviewedAt = at;
    }

    public boolean isReviewed() {
        return decision != null;
    }

    public Long getId() {
        return id;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public SubmitterKind getSubmitterKind() {
        return submitterKind;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public String getSubmitterEmail() {
        return submitterEmail;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getComment() {
        return comment;
    }

    public List<EvidenceFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    @Override
    public String auditId() {
        return obligation.auditId() + "#" + versionNo;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("obligation", obligation.auditId());
        state.put("versionNo", Integer.toString(versionNo));
        state.put("submitterKind", submitterKind.name());
        state.put("submittedBy", submittedBy);
        state.put("files", files.stream().map(f -> f.getFileName() + " " + f.getSha256())
                .collect(Collectors.joining(", ")));
        state.put("comment", comment == null ? "" : comment);
        state.put("decision", decision == null ? "" : decision.name());
        state.put("reviewedBy", reviewedBy == null ? "" : reviewedBy);
        state.put("reviewNote", reviewNote == null ? "" : reviewNote);
        return state;
    }
}
