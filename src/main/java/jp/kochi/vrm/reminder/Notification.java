package jp.kochi.vrm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.kochi.vrm.due.Recipient;

/** A reminder for one recipient ({@link Recipient} marker), written once; the mail step turns it into mails. */
@Entity
@Table(name = "notification")
public class Notification {

    /** Where its mail stands. */
    public enum MailState {
        PENDING, QUEUED, NO_ADDRESS
    }

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "reminder_id", nullable = false, updatable = false)
    private long reminderId;

    @Column(nullable = false, updatable = false, length = 120)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private boolean escalation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 20)
    private MailState mailState = MailState.PENDING;

    @Column(name = "mail_count", nullable = false)
    private int mailCount;

    protected Notification() {
    }

    Notification(long reminderId, String recipient, boolean escalation, OffsetDateTime now) {
        this.reminderId = reminderId;
        this.recipient = recipient;
        this.escalation = escalation;
        this.createdAt = now;
    }

    void mailed(int count) {
        this.mailState = count > 0 ? MailState.QUEUED : MailState.NO_ADDRESS;
        this.mailCount = count;
    }

    public Long getId() {
        return id;
    }

    public long getReminderId() {
        return reminderId;
    }

    public String getRecipient() {
        return recipient;
    }

    public boolean isEscalation() {
        return escalation;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public MailState getMailState() {
        return mailState;
    }

    public int getMailCount() {
        return mailCount;
    }
}
