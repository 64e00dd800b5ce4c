package jp.kochi.vrm.reminder;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.RecipientDirectory;
import jp.kochi.vrm.mail.OutgoingMail;

/**
 * The mail step, in the caller's transaction and under the reminder job's lock: turns pending notifications into
 * outbox mails, one per address and reminder (the outbox's unique key makes a second one impossible, also when a
 * person is reached twice, e.g. by name and by role). Sending, with retries and back-off, is the outbox's.
 */
public final class NotificationMailer {

    /** Notifications handled per transaction. */
    static final int BATCH = 200;

    private final Map<String, DueKind> kinds;
    private final RecipientDirectory directory;
    private final String portalUrl;

    public NotificationMailer(Map<String, DueKind> kinds, RecipientDirectory directory, String portalUrl) {
        this.kinds = kinds;
        this.directory = directory;
        this.portalUrl = portalUrl;
    }

    /** One mail per reminder and address; a long address is hashed so that the key fits its column (200). */
    static String dedupeKey(long reminderId, String address) {
        String key = "reminder:" + reminderId + ":" + address;
        if (key.length() <= 200) {
            return key;
        }
        try {
            return "reminder:" + reminderId + ":sha256:" + java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(address.getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the step did. */
    public record Result(int notifications, int mails) {
    }

    /**
     * Queues the mails of up to {@link #BATCH} pending notifications. A directory that cannot answer throws, and the
     * caller's transaction rolls back: the notifications stay pending for the next attempt.
     */
    public Result queuePending(EntityManager em, OffsetDateTime now) {
        ReminderEngine.lock(em);
        List<Object[]> rows = em.createQuery("SELECT n, r, d FROM Notification n, Reminder r, DueRecord d "
                + "WHERE n.reminderId = r.id AND r.dueItemId = d.id AND n.mailState = :pending ORDER BY n.id",
                Object[].class).setParameter("pending", Notification.MailState.PENDING).setMaxResults(BATCH)
                .getResultList();
        Map<String, List<String>> resolved = new HashMap<>();
        int mails = 0;
        for (Object[] row : rows) {
            Notification n = (Notification) row[0];
            Reminder r = (Reminder) row[1];
            DueRecord d = (DueRecord) row[2];
            List<String> addresses = resolved.computeIfAbsent(n.getRecipient(), m -> directory.addresses(em, m));
            Set<String> unique = new LinkedHashSet<>();
            for (String a : addresses) {
                unique.add(a.strip().toLowerCase(Locale.ROOT));
            }
            boolean contractor = n.getRecipient().startsWith(Recipient.CONTRACTOR);
            ReminderMail mail = ReminderMail.of(kinds.get(d.getKind()), d, r, n.isEscalation(), contractor, portalUrl);
            int queued = 0;
            for (String to : unique) {
                if (OutgoingMail.queue(em, to, mail.subject(), mail.body(), dedupeKey(r.getId(), to), now)) {
                    queued++;
                }
            }
            n.mailed(unique.size());
            mails += queued;
        }
        return new Result(rows.size(), mails);
    }
}
