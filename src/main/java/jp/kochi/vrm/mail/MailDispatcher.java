package jp.kochi.vrm.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.platform.StartupState;

/**
 * Sends the outbox: right after a change that queued a mail commits, and every 30 seconds for mails whose earlier
 * attempt failed. Each mail is claimed before sending, so two runs (or two servers) never send it twice; a mail
 * that fails waits with back-off and is tried again, so a mail server that is down loses nothing.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;

    @Inject
    private MailRecords records;

    @Inject
    private SmtpMailer mailer;

    @Inject
    private StartupState startup;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void everyHalfMinute() {
        deliverDue();
    }

    public void afterQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued event) {
        executor.execute(this::deliverDue);
    }

    /** Sends every mail that is due; returns how many were sent. One run at a time in this server. */
    public int deliverDue() {
        if (!startup.isReady() || !running.compareAndSet(false, true)) {
            return 0;
        }
        int sent = 0;
        try {
            for (Long id : records.due(OffsetDateTime.now(clock), BATCH)) {
                var claimed = records.claim(id, OffsetDateTime.now(clock));
                if (claimed.isEmpty()) {
                    continue;
                }
                try {
                    mailer.send(claimed.get());
                    records.sent(id, OffsetDateTime.now(clock));
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    // The log names the mail and the kind of failure only: a server's message can quote the recipient.
                    LOG.warning(() -> "Mail " + id + " not sent, will retry: " + e.getClass().getSimpleName());
                    records.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), OffsetDateTime.now(clock));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail dispatch interrupted; the next run continues", e);
        } finally {
            running.set(false);
        }
        return sent;
    }
}
