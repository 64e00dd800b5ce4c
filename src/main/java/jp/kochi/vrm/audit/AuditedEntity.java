package jp.kochi.vrm.audit;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.Map;

/**
 * Base of every business record staff edit: optimistic locking ({@code @Version}), and an audit entry for
 * each create, update and delete with the fields that changed, from what to what. Subclasses say which
 * fields an auditor sees through {@link #auditState()}.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity {

    @Version
    private long version;

    /** The audited state as last loaded or written, to tell what an update changed. */
    @Transient
    private transient Map<String, String> auditBaseline;

    public long getVersion() {
        return version;
    }

    /** The record's identity in the audit log. */
    public abstract String auditId();

    /** The audited fields in display order, as text (never secrets). */
    public abstract Map<String, String> auditState();

    /** The record type named in the audit log; the entity's simple name by default. */
    public String auditType() {
        return getClass().getSimpleName();
    }

    Map<String, String> auditBaseline() {
        return auditBaseline;
    }

    void auditBaseline(Map<String, String> baseline) {
        this.auditBaseline = baseline;
    }
}
