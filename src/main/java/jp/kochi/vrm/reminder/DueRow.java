package jp.kochi.vrm.reminder;

import java.time.LocalDate;

/**
 * An item due now, for the dashboard.
 *
 * @param kind the kind's code
 * @param title the item
 * @param dueDate its due date
 * @param daysLeft days to the due date (negative: overdue)
 * @param path its page
 */
public record DueRow(String kind, String title, LocalDate dueDate, long daysLeft, String path) {

    public boolean isOverdue() {
        return daysLeft < 0;
    }

    public long getDaysOverdue() {
        return -daysLeft;
    }
}
