package jp.kochi.vrm.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A notification as its reader sees it.
 *
 * @param reminderId the reminder
 * @param kind the kind's code (label key {@code reminder.kind.<code>})
 * @param title the item
 * @param dueDate its due date
 * @param daysLeft days before the due date at the threshold (negative: overdue)
 * @param escalation whether it reached the reader as a security officer's escalation
 * @param read whether the reader has read it
 * @param createdAt when it was made
 * @param path the page that shows the item
 * @param open whether the item is still due (not resolved since)
 */
public record NotificationItem(long reminderId, String kind, String title, LocalDate dueDate, int daysLeft,
        boolean escalation, boolean read, OffsetDateTime createdAt, String path, boolean open) {

    public boolean isOverdue() {
        return daysLeft < 0;
    }

    public int getDaysOverdue() {
        return -daysLeft;
    }
}
