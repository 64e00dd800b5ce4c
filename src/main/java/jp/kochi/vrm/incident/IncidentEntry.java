package jp.kochi.vrm.incident;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.evidence.EvidenceFile;

/** One entry of an incident's timeline: who wrote what, when, with which files. Never changed once written. */
@Entity
@Table(name = "incident_entry")
public class IncidentEntry extends AuditedEntity {

    public static final int MAX_TEXT = 4000;

    /** Who wrote an entry. */
    public enum AuthorKind {
        CONTRACTOR, STAFF, SYSTEM
    }

    @Id
    @SequenceGenerator(name = "incident_entry_seq", sequenceName = "incident_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    private Incident incident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private EntryKind kind;

    @Column(name = "entry_text", length = MAX_TEXT, updatable = false)
    private String text;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, length = 100, updatable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, length = 20, updatable = false)
    private AuthorKind authorKind;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @ManyToMany
    @JoinTable(name = "incident_entry_file", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_file_id"))
    @OrderColumn(name = "position")
    private List<EvidenceFile> files = new ArrayList<>();

    protected IncidentEntry() {
    }

    IncidentEntry(Incident incident, EntryKind kind, String text, Author author, OffsetDateTime at,
            List<EvidenceFile> files) {
        this.incident = incident;
        this.kind = kind;
        this.text = text;
        this.author = author.username();
        this.authorName = author.displayName();
        this.authorKind = author.kind();
        this.writtenAt = at;
        this.files = new ArrayList<>(files);
    }

    @Override
    public String auditId() {
        return incident.auditId() + "/" + id;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("text", text);
        state.put("authorKind", authorKind.name());
        state.put("files", files.stream().map(f -> f.getFileName() + " (" + f.getSha256() + ")").toList().toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Incident getIncident() {
        return incident;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public List<EvidenceFile> getFiles() {
        return files;
    }
}
