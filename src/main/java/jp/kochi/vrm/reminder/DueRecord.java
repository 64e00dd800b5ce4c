package jp.kochi.vrm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.Threshold;

/** An item that has come due, as the reminder job recorded it ({@code due_item}); see V10. */
@Entity
@Table(name = "due_item")
public class DueRecord {

    @Id
    @SequenceGenerator(name = "due_item_seq", sequenceName = "due_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "due_item_seq")
    private Long id;

    @Column(name = "item_key", nullable = false, updatable = false, length = 100)
    private String itemKey;

    @Column(nullable = false, updatable = false, length = 30)
    private String kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "link_id", nullable = false, updatable = false)
    private long linkId;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 400)
    private String title;

    @Column(name = "contractor_id", updatable = false)
    private Long contractorId;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private OffsetDateTime firstSeenAt;

    @Column(name = "last_threshold", nullable = false, length = 10)
    private String lastThreshold;

    @Column(name = "last_seen_on", nullable = false)
    private LocalDate lastSeenOn;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Version
    private long version;

    protected DueRecord() {
    }

    DueRecord(DueItem item, Threshold threshold, OffsetDateTime now) {
        this.itemKey = item.key();
        this.kind = item.kind().code();
        this.subjectId = item.subjectId();
        this.linkId = item.linkId();
        this.dueDate = item.dueDate();
        this.title = item.title();
        this.contractorId = item.contractorId();
        this.firstSeenAt = now;
        this.lastThreshold = threshold.key();
        this.lastSeenOn = now.toLocalDate();
    }

    void reached(Threshold threshold, String currentTitle) {
        this.lastThreshold = threshold.key();
        this.title = currentTitle;
    }

    void resolve(OffsetDateTime at) {
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getLinkId() {
        return linkId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getTitle() {
        return title;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public OffsetDateTime getFirstSeenAt() {
        return firstSeenAt;
    }

    public String getLastThreshold() {
        return lastThreshold;
    }

    /** The day of the last run that found the item still due (open). */
    public LocalDate getLastSeenOn() {
        return lastSeenOn;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
