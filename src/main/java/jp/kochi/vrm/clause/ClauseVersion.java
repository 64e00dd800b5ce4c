package jp.kochi.vrm.clause;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.AuditedEntity;

/**
 * One wording of a clause. Written once and never changed (no setters, columns not updatable): a contract
 * keeps the versions it was issued with, and editing a clause writes the next version.
 */
@Entity
@Table(name = "clause_version")
public class ClauseVersion extends AuditedEntity {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 4000;

    @Id
    @SequenceGenerator(name = "clause_version_seq", sequenceName = "clause_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "clause_id", nullable = false, updatable = false)
    private Clause clause;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(nullable = false, length = MAX_TITLE, updatable = false)
    private String title;

    @Column(nullable = false, length = MAX_BODY, updatable = false)
    private String body;

    @Column(name = "change_note", nullable = false, length = 500, updatable = false)
    private String changeNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clause_evidence", joinColumns = @JoinColumn(name = "clause_version_id"))
    @OrderColumn(name = "position")
    private List<EvidenceRequirement> evidence = new ArrayList<>();

    protected ClauseVersion() {
    }

    ClauseVersion(Clause clause, int versionNo, String title, String body, String changeNote,
            List<EvidenceRequirement> evidence, String createdBy, OffsetDateTime createdAt) {
        this.clause = clause;
        this.versionNo = versionNo;
        this.title = title;
        this.body = body;
        this.changeNote = changeNote;
        this.evidence = new ArrayList<>(evidence);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The paragraphs (項) of the body: one per non-blank line. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public Clause getClause() {
        return clause;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<EvidenceRequirement> getEvidence() {
        return List.copyOf(evidence);
    }

    @Override
    public String auditId() {
        return clause.getCode() + " v" + versionNo;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("clause", clause.getCode());
        state.put("versionNo", Integer.toString(versionNo));
        state.put("title", title);
        state.put("body", body);
        state.put("changeNote", changeNote);
        state.put("evidence", evidence.stream()
                .map(e -> e.getEvidenceName() + "/" + e.getTiming()
                        + (e.getCadenceMonths() == null ? "" : "/" + e.getCadenceMonths() + "m") + "/" + e.getOffsetDays() + "d")
                .collect(Collectors.joining(", ")));
        return state;
    }
}
