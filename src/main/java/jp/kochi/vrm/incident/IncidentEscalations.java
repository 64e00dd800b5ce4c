package jp.kochi.vrm.incident;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.RecipientDirectory;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.mail.MailOutbox;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * The escalation of a first report that waits too long for acknowledgement: a mail to every security officer and to
 * the configured addresses, through the outbox (sent once, retried while the mail server is down), and an entry on
 * the incident's timeline. Each incident is escalated once, in its own transaction, under a row lock.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IncidentEscalations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    @Inject
    private RecipientDirectory directory;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    private static String digest(String address) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(address.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The incidents whose wait for acknowledgement is over, not yet escalated. */
    public List<Long> due() {
        OfficeHours hours = new OfficeHours(settings.officeHours()[0], settings.officeHours()[1]);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return em.createQuery("SELECT i FROM Incident i WHERE i.status = :reported AND i.escalatedAt IS NULL",
                Incident.class).setParameter("reported", IncidentStatus.REPORTED).getResultList().stream()
                .filter(i -> !hours.after(i.getReportedAt().toZonedDateTime(), settings.incidentAckMinutes())
                        .toOffsetDateTime().isAfter(now))
                .map(Incident::getId).toList();
    }

    /** Escalates one incident if it still waits; the addresses are resolved first, so a failure leaves it unmarked. */
    public void escalate(long id) {
        Incident i = em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null || i.getStatus() != IncidentStatus.REPORTED || i.getEscalatedAt() != null) {
            return;
        }
        Set<String> to = new LinkedHashSet<>();
        for (String a : directory.addresses(em, Recipient.role(Roles.SECURITY_OFFICER))) {
            to.add(a.strip().toLowerCase(Locale.ROOT));
        }
        for (String a : settings.incidentEscalationMail()) {
            to.add(a.toLowerCase(Locale.ROOT));
        }
        String subject = "【高知市・至急】インシデント第一報が未確認です：" + IncidentText.title(i.getIncidentNumber(),
                i.getTitle());
        StringBuilder b = new StringBuilder();
        b.append("情報セキュリティ担当者各位\n\n");
        b.append("次のインシデントの第一報は、受領から").append(settings.incidentAckMinutes())
                .append("分（執務時間）を過ぎても受領確認されていません。至急対応してください。\n\n");
        b.append("番号：").append(i.getIncidentNumber()).append('\n');
        b.append("件名：").append(i.getTitle()).append('\n');
        String concerns = IncidentText.concerns(i);
        if (!concerns.isEmpty()) {
            b.append("対象：").append(concerns).append('\n');
        }
        b.append("第一報：").append(new Dates().dateTime(i.getReportedAt())).append('\n');
        if (settings.portalUrl() != null) {
            b.append("\n確認はこちらから（シングルサインオンでログインしてください）：\n").append(settings.portalUrl())
                    .append("/staff/incidents/view.xhtml?id=").append(i.getId()).append('\n');
        }
        b.append("\nこのメールは送信専用です。\n高知市 委託先・外部サービス リスク管理ポータル\n");
        for (String address : to) {
            outbox.queue(address, subject, b.toString(), "incident-escalation:" + i.getId() + ":" + digest(address));
        }
        i.escalated(OffsetDateTime.now(clock), String.valueOf(to.size()));
    }
}
