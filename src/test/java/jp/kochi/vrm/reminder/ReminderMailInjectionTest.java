package jp.kochi.vrm.reminder;

import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.Threshold;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.kochi.vrm.contract.ContractDueDates;
import jp.kochi.vrm.it.InjectionCorpus;
import org.junit.jupiter.api.Test;

/**
 * The reminder mail carries a record's title (typed by people, so anything: markup, expressions, formulas, line
 * breaks) exactly as typed, in a plain-text mail whose subject cannot be broken into further header lines.
 * The integration suite does not start a reminder run of its own for this (ReminderIT owns the run); InjectionIT
 * checks the send-back mail through real SMTP.
 */
class ReminderMailInjectionTest {

    @Test
    void everyPayloadIsCarriedLiterallyInSubjectAndBody() throws Exception {
        List<String> titles = new ArrayList<>(InjectionCorpus.ALL);
        titles.add("報告書\r\nBcc: attacker@example.jp\r\nX-Injected: 1");
        for (String title : titles) {
            DueRecord record = new DueRecord(new DueItem(ContractDueDates.OBLIGATION, 40, 40, LocalDate.of(2026, 12, 3),
                    title, 10L, List.of()), new Threshold("D7", 7),
                    OffsetDateTime.of(2026, 11, 26, 6, 0, 0, 0, ZoneOffset.ofHours(9)));
            ReminderMail mail = ReminderMail.of(ContractDueDates.OBLIGATION, record,
                    new Reminder(1, new Threshold("D7", 7), 7, record.getFirstSeenAt()), false, false, "https://p");
            assertTrue(mail.subject().endsWith(" " + title), mail.subject());
            assertTrue(mail.body().contains("対象：" + title + "\n"), mail.body());

            // As SmtpMailer writes it: the subject is one encoded header, the text one text/plain part.
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            m.setText(mail.body(), StandardCharsets.UTF_8.name());
            m.saveChanges();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            m.writeTo(raw);
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.toByteArray()));
            assertEquals(1, read.getHeader("Subject").length, title);
            assertNull(read.getHeader("Bcc"), "no header smuggled in through the title");
            assertNull(read.getHeader("X-Injected"), "no header smuggled in through the title");
            assertEquals(mail.subject(), read.getSubject(), "the subject decodes to the title as typed");
            assertTrue(read.getContentType().startsWith("text/plain"), read.getContentType());
            assertArrayEquals(mail.body().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8),
                    ((String) read.getContent()).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8), title);
        }
    }
}
