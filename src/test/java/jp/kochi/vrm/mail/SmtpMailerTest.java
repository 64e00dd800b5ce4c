package jp.kochi.vrm.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Properties;
import jp.kochi.vrm.platform.PortalSettings.MailServer;
import org.junit.jupiter.api.Test;

/** The Jakarta Mail session the portal's mails go through. */
class SmtpMailerTest {

    @Test
    void startTlsIsRequiredNotOnlyOffered() {
        Properties p = SmtpMailer.sessionProperties(
                new MailServer("smtp.city.internal", 587, "vrm@city.example.jp", "vrm", "secret", true));
        assertEquals("true", p.get("mail.smtp.starttls.enable"));
        assertEquals("true", p.get("mail.smtp.starttls.required"),
                "a server (or someone between) that does not offer STARTTLS must not get the mail in clear");
        assertEquals("true", p.get("mail.smtp.auth"));
    }

    @Test
    void withoutStartTlsNothingAsksForIt() {
        Properties p = SmtpMailer.sessionProperties(
                new MailServer("localhost", 25, "vrm@localhost", null, null, false));
        assertNull(p.get("mail.smtp.starttls.enable"));
        assertNull(p.get("mail.smtp.starttls.required"));
        assertEquals("false", p.get("mail.smtp.auth"));
        assertEquals("localhost", p.get("mail.smtp.host"));
        assertEquals("25", p.get("mail.smtp.port"));
    }
}
