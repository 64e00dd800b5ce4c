package jp.kochi.vrm.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The dispatcher's steps on the outbox, each in its own short transaction. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailRecords {

    /** How long a claim keeps other servers (or a second run) away from a mail being sent. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    public List<Long> due(OffsetDateTime now, int limit) {
        return em.createNamedQuery(OutgoingMail.DUE, Long.class).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    /** Claims the mail for this sender; empty if it was sent or claimed meanwhile. */
    public Optional<OutgoingMail> claim(long id, OffsetDateTime now) {
        int updated = em.createNamedQuery(OutgoingMail.CLAIM).setParameter("until", now.plus(CLAIM))
                .setParameter("id", id).setParameter("now", now).executeUpdate();
        if (updated != 1) {
            return Optional.empty();
        }
        OutgoingMail m = em.find(OutgoingMail.class, id);
        em.refresh(m);
        em.detach(m);
        return Optional.of(m);
    }

    public void sent(long id, OffsetDateTime at) {
        em.find(OutgoingMail.class, id).sent(at);
    }

    public void failed(long id, String error, OffsetDateTime at) {
        em.find(OutgoingMail.class, id).failed(error, at);
    }

    /** Mails not yet sent, for the oversight pages and tests. */
    public long pending() {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.sentAt IS NULL", Long.class)
                .getSingleResult();
    }
}
