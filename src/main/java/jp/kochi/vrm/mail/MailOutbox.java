package jp.kochi.vrm.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Puts a mail in the outbox as part of the caller's transaction: if the change it reports rolls back, so does the
 * mail; once committed, {@link MailDispatcher} sends it (at once, and again later while the server is down).
 * Callers decide who may cause a mail; the outbox itself has no role of its own.
 */
@Stateless
@PermitAll
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    /**
     * Queues a mail.
     *
     * @param dedupeKey names what the mail reports (e.g. {@code obligation-return:42#2}); a second mail with the
     *        same key is not queued. {@code null} for no check.
     * @return whether it was queued (false for a duplicate)
     */
    public boolean queue(String recipient, String subject, String body, String dedupeKey) {
        if (!OutgoingMail.queue(em, recipient, subject, body, dedupeKey, OffsetDateTime.now(clock))) {
            return false;
        }
        queued.fire(new MailQueued());
        return true;
    }

    /** Fired when a mail was queued; the dispatcher sends after the transaction commits. */
    public record MailQueued() {
    }
}
