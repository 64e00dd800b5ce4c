package jp.kochi.vrm.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kochi.vrm.audit.AuditedEntity;

/** The record of an uploaded file: what it is by content, its hash, who uploaded it and when. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "evidence_file_seq", sequenceName = "evidence_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    /** The type found in the content (Tika), never the one the browser claimed. */
    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    /** Where {@link EvidenceStorage} keeps the bytes; {@code null} for files stored before it (evidence_content). */
    @Column(name = "storage_key", length = 64, updatable = false)
    private String storageKey;

    protected EvidenceFile() {
    }

    EvidenceFile(String fileName, String mediaType, long sizeBytes, String sha256, OffsetDateTime uploadedAt,
            String uploadedBy, String storageKey) {
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** Size for people: 12 KB, 1.4 MB. */
    public String getSizeText() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    public String getSha256() {
        return sha256;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    String getStorageKey() {
        return storageKey;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("fileName", fileName);
        state.put("mediaType", mediaType);
        state.put("sizeBytes", Long.toString(sizeBytes));
        state.put("sha256", sha256);
        return state;
    }
}
