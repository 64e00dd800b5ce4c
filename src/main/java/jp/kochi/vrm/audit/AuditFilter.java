package jp.kochi.vrm.audit;

import java.io.Serializable;
import java.time.LocalDate;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * Which entries of the audit log an auditor looks at, and exports: a record type (as stored, e.g.
 * {@code Contractor}), a person (part of the actor's name), a period of days in Japan Standard Time (both ends
 * included) and an action. Every part may be empty.
 */
public record AuditFilter(String recordType, String actor, LocalDate from, LocalDate to, String action)
        implements Serializable {

    /** The longest text a person filter takes (an actor's name is at most this long). */
    public static final int ACTOR_MAX = 100;

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** The filter as entered, trimmed; refuses a period that ends before it starts or a name that is too long. */
    public AuditFilter {
        recordType = blankToNull(recordType);
        actor = blankToNull(actor);
        action = blankToNull(action);
        if (actor != null && actor.length() > ACTOR_MAX) {
            throw new BusinessRuleViolation("audit.filter.actor.tooLong", ACTOR_MAX);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BusinessRuleViolation("audit.filter.period.order");
        }
        if (action != null && !isAction(action)) {
            throw new BusinessRuleViolation("audit.filter.action.unknown");
        }
    }

    private static boolean isAction(String action) {
        for (AuditAction a : AuditAction.values()) {
            if (a.name().equals(action)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
