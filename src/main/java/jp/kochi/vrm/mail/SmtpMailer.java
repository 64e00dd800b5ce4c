package jp.kochi.vrm.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import jp.kochi.vrm.platform.PortalSettings;

/** Sends one mail over SMTP (Jakarta Mail) with the server from configuration; UTF-8, plain text. */
@ApplicationScoped
public class SmtpMailer {

    static final String SENDER_NAME = "高知市 リスク管理ポータル";

    @Inject
    private PortalSettings settings;

    /**
     * The session's settings. With STARTTLS, it is required and not only enabled: enabled alone, Jakarta Mail goes on
     * in clear when the server (or someone between) does not offer it. Start-up refuses authentication without it
     * unless {@code VRM_MAIL_ALLOW_PLAIN_AUTH} allows it ({@link PortalSettings#problems()}).
     */
    static Properties sessionProperties(PortalSettings.MailServer server) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", server.host());
        p.put("mail.smtp.port", Integer.toString(server.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.auth", Boolean.toString(server.user() != null));
        if (server.startTls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        return p;
    }

    public void send(OutgoingMail mail) throws MessagingException {
        PortalSettings.MailServer server = settings.mailServer();
        Session session = Session.getInstance(sessionProperties(server));
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(server.from(), SENDER_NAME, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (server.user() != null) {
            Transport.send(message, server.user(), server.password());
        } else {
            Transport.send(message);
        }
    }
}
