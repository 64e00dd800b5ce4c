package jp.kochi.vrm.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the audit entry of a change to an {@link AuditedEntity} inside the transaction that makes it, so
 * no change is committed without its entry. Post-events are used because only then is the id assigned.
 */
public class AuditListener {

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.auditBaseline(new LinkedHashMap<>(entity.auditState()));
    }

    @PostPersist
    void created(AuditedEntity entity) {
        Map<String, String> now = entity.auditState();
        record(AuditAction.CREATE, entity, diff(Map.of(), now));
        entity.auditBaseline(new LinkedHashMap<>(now));
    }

    @PostUpdate
    void updated(AuditedEntity entity) {
        Map<String, String> before = entity.auditBaseline() == null ? Map.of() : entity.auditBaseline();
        Map<String, String> now = entity.auditState();
        List<AuditLog.Change> changes = diff(before, now);
        if (!changes.isEmpty()) {
            record(AuditAction.UPDATE, entity, changes);
        }
        entity.auditBaseline(new LinkedHashMap<>(now));
    }

    @PostRemove
    void removed(AuditedEntity entity) {
        Map<String, String> before = entity.auditBaseline() == null ? entity.auditState() : entity.auditBaseline();
        record(AuditAction.DELETE, entity, diff(before, Map.of()));
    }

    /** The fields whose text differs, in the order of the record's audited state. */
    static List<AuditLog.Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<AuditLog.Change> changes = new ArrayList<>();
        for (String field : fields) {
            String from = before.get(field);
            String to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new AuditLog.Change(field, from, to));
            }
        }
        return changes;
    }

    private static void record(AuditAction action, AuditedEntity entity, List<AuditLog.Change> changes) {
        CDI.current().select(AuditLog.class).get().recordChange(action, entity.auditType(), entity.auditId(), changes);
    }
}
