package jp.kochi.vrm.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kochi.vrm.due.DueItemsChanged;
import jp.kochi.vrm.due.RecipientDirectory;
import jp.kochi.vrm.mail.MailOutbox;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * The reminder job's two steps, each in a transaction of its own: the run (derive, write once, resolve) and the mail
 * step (pending notifications into the outbox). Callers ({@link ReminderJob}) decide who may start them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderRunner {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReminderSetup setup;

    @Inject
    private RecipientDirectory directory;

    @Inject
    private PortalSettings settings;

    @Inject
    private Event<MailOutbox.MailQueued> queued;

    public ReminderEngine.RunResult run() {
        return setup.engine().run(em, LocalDate.now(clock), OffsetDateTime.now(clock), setup.settings());
    }

    /** A run over the given kinds only ({@link DueItemsChanged}). */
    public ReminderEngine.RunResult run(java.util.Set<String> kinds) {
        return setup.engine().run(em, LocalDate.now(clock), OffsetDateTime.now(clock), setup.settings(), kinds);
    }

    public NotificationMailer.Result queueMails() {
        NotificationMailer.Result r = new NotificationMailer(setup.kinds(), directory, settings.portalUrl())
                .queuePending(em, OffsetDateTime.now(clock));
        if (r.mails() > 0) {
            queued.fire(new MailOutbox.MailQueued());
        }
        return r;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long pendingMails() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.mailState = :p", Long.class)
                .setParameter("p", Notification.MailState.PENDING).getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobLock lastRun() {
        return em.find(JobLock.class, JobLock.REMINDERS);
    }
}
