package jp.kochi.vrm.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same record first (optimistic lock). The page tells the user, keeps their input,
 * and offers to reload the current version.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessRuleViolation {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
