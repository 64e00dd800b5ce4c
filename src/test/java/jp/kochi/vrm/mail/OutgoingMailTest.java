package jp.kochi.vrm.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A mail that cannot be sent waits longer after each failure, at most an hour, and keeps the reason. */
class OutgoingMailTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    @Test
    void backOffDoublesUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), OutgoingMail.backoff(1));
        assertEquals(Duration.ofMinutes(2), OutgoingMail.backoff(2));
        assertEquals(Duration.ofMinutes(32), OutgoingMail.backoff(6));
        assertEquals(Duration.ofHours(1), OutgoingMail.backoff(7));
        assertEquals(Duration.ofHours(1), OutgoingMail.backoff(40));
    }

    @Test
    void aFailureIsRecordedAndTheMailWaits() {
        OutgoingMail m = new OutgoingMail("k", "a@example.jp", "件名", "本文", T0);
        assertEquals(T0, m.getNextAttemptAt(), "due at once");
        m.failed("MailConnectException: " + "x".repeat(600), T0);
        assertEquals(1, m.getAttempts());
        assertEquals(500, m.getLastError().length());
        assertEquals(T0.plusMinutes(1), m.getNextAttemptAt());
        m.failed("again", T0.plusMinutes(1));
        assertEquals(T0.plusMinutes(3), m.getNextAttemptAt());
        m.sent(T0.plusMinutes(3));
        assertEquals(T0.plusMinutes(3), m.getSentAt());
        assertEquals(3, m.getAttempts());
        assertNull(m.getLastError());
    }
}
