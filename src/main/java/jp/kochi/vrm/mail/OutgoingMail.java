package jp.kochi.vrm.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A mail in the outbox: written with the change it reports, sent later by {@link MailDispatcher}. Not an
 * audited business record (the change it reports is); its body may name people, so it is never logged.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(name = OutgoingMail.DUE, query = "SELECT m.id FROM OutgoingMail m WHERE m.sentAt IS NULL "
        + "AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.id")
@NamedQuery(name = OutgoingMail.CLAIM, query = "UPDATE OutgoingMail m SET m.claimedUntil = :until, "
        + "m.version = m.version + 1 WHERE m.id = :id AND m.sentAt IS NULL "
        + "AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
public class OutgoingMail {

    static final String DUE = "OutgoingMail.due";
    static final String CLAIM = "OutgoingMail.claim";

    /** Longest wait between two attempts. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(name = "dedupe_key", length = 200, updatable = false)
    private String dedupeKey;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, length = 8000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    OutgoingMail(String dedupeKey, String recipient, String subject, String body, OffsetDateTime at) {
        this.dedupeKey = dedupeKey;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /**
     * Puts a mail in the outbox in the transaction of {@code em} (see {@link MailOutbox#queue}); for callers that
     * manage their own persistence context, such as the reminder job's mail step.
     *
     * @return whether it was queued (false when a mail with the same {@code dedupeKey} is there already)
     */
    public static boolean queue(jakarta.persistence.EntityManager em, String recipient, String subject, String body,
            String dedupeKey, OffsetDateTime at) {
        java.util.Objects.requireNonNull(recipient, "recipient");
        if (dedupeKey != null && !em.createQuery("SELECT m.id FROM OutgoingMail m WHERE m.dedupeKey = :k", Long.class)
                .setParameter("k", dedupeKey).setMaxResults(1).getResultList().isEmpty()) {
            return false;
        }
        em.persist(new OutgoingMail(dedupeKey, recipient, subject, body, at));
        return true;
    }

    void sent(OffsetDateTime at) {
        this.sentAt = at;
        this.attempts++;
        this.claimedUntil = null;
        this.lastError = null;
    }

    /** A failed attempt: try again after 1, 2, 4 … minutes, at most an hour apart. */
    void failed(String error, OffsetDateTime at) {
        this.attempts++;
        this.claimedUntil = null;
        this.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        this.nextAttemptAt = at.plus(backoff(attempts));
    }

    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
