package jp.kochi.vrm.due;

import java.time.LocalDate;

/** The dashboard's two lists: the items due before today, and those due from today up to the kind's horizon. */
public enum DueWindow {

    OVERDUE, DUE_SOON;

    /** Whether an item due on {@code due} belongs here, for a query that reported it (so on or before its horizon). */
    public boolean contains(LocalDate due, LocalDate today) {
        return due.isBefore(today) == (this == OVERDUE);
    }

    /**
     * Adds the window's condition on {@code column}, a due date or a value that orders like one: before
     * {@code today} (overdue), or from {@code today} up to, not including, {@code end} (the value after the horizon).
     */
    public void restrict(DueSql sql, String column, Object today, Object end) {
        if (this == OVERDUE) {
            sql.and(column + " < ?", today);
        } else {
            sql.and(column + " >= ? AND " + column + " < ?", today, end);
        }
    }
}
