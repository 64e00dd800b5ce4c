package jp.kochi.vrm.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.ConcurrentEditException;

/**
 * The two steps every change of a stored record starts and ends with: find it as the user last saw it (gone or
 * changed meanwhile is a message, not a stack trace), and write it, turning a lost optimistic-lock race into
 * the same message.
 */
public final class StoredRecords {

    private StoredRecords() {
    }

    /** The record, refused when it is gone or another user changed it since {@code expectedVersion}. */
    public static <T extends AuditedEntity> T current(EntityManager em, Class<T> type, Object id, long expectedVersion) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        if (found.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return found;
    }

    /**
     * A record the caller may see (found by a query that already limits it to them, or {@code null}), refused
     * like a missing one when absent and like a concurrent edit when changed since {@code expectedVersion}.
     */
    public static <T extends AuditedEntity> T current(T found, long expectedVersion) {
        if (found == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        if (found.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return found;
    }

    /** Writes pending changes now, inside the caller's transaction. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }
}
