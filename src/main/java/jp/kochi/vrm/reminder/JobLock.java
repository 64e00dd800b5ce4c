package jp.kochi.vrm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A job's row in {@code job_lock}: read with a pessimistic write lock ({@code SELECT ... FOR UPDATE}) it keeps every
 * other run of the job, on this server or another, waiting until the holder's transaction ends.
 */
@Entity
@Table(name = "job_lock")
public class JobLock {

    public static final String REMINDERS = "reminders";

    @Id
    @Column(length = 50)
    private String name;

    @Column(name = "last_run_on")
    private LocalDate lastRunOn;

    @Column(name = "last_started_at")
    private OffsetDateTime lastStartedAt;

    @Column(name = "last_finished_at")
    private OffsetDateTime lastFinishedAt;

    @Column(name = "last_result", length = 300)
    private String lastResult;

    @Version
    private long version;

    protected JobLock() {
    }

    void ran(LocalDate on, OffsetDateTime at, String result) {
        this.lastRunOn = on;
        this.lastStartedAt = at;
        this.lastFinishedAt = OffsetDateTime.now(at.getOffset());
        this.lastResult = result == null || result.length() <= 300 ? result : result.substring(0, 300);
    }

    public String getName() {
        return name;
    }

    public LocalDate getLastRunOn() {
        return lastRunOn;
    }

    public OffsetDateTime getLastStartedAt() {
        return lastStartedAt;
    }

    public OffsetDateTime getLastFinishedAt() {
        return lastFinishedAt;
    }

    public String getLastResult() {
        return lastResult;
    }
}
