package jp.kochi.vrm.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One audit log entry, read-only: entries are written by {@link AuditLog} and never changed. Mapped for
 * the auditor's list (paged, sorted and filtered in the database).
 */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
public class AuditEntry {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    /** Kept as text (an {@link AuditAction} name), so an altered row still lists and fails verification. */
    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "record_type", updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private String recordId;

    @Column(updatable = false)
    private String details;

    @Column(name = "entry_hash", updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    public long getSeq() {
        return seq;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getDetails() {
        return details;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
