package jp.kochi.vrm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.kochi.vrm.due.Threshold;

/** A threshold a due item reached, written once ({@code reminder}). */
@Entity
@Table(name = "reminder")
public class Reminder {

    @Id
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    private Long id;

    @Column(name = "due_item_id", nullable = false, updatable = false)
    private long dueItemId;

    @Column(nullable = false, updatable = false, length = 10)
    private String threshold;

    @Column(name = "days_left", nullable = false, updatable = false)
    private int daysLeft;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Reminder() {
    }

    /**
     * @param daysLeft the days from the run's date to the due date (negative: overdue), which the mail states; the
     *        threshold may be further off (an item first seen 5 days before is reminded at D7)
     */
    Reminder(long dueItemId, Threshold threshold, int daysLeft, OffsetDateTime now) {
        this.dueItemId = dueItemId;
        this.threshold = threshold.key();
        this.daysLeft = daysLeft;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getDueItemId() {
        return dueItemId;
    }

    public String getThreshold() {
        return threshold;
    }

    public int getDaysLeft() {
        return daysLeft;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
