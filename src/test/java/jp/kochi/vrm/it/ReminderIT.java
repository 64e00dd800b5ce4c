package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Reminders through the whole stack: a security officer starts the run while the mail server is down; the mails
 * wait in the outbox with back-off and arrive once when it is back (real SMTP, GreenMail), in Japanese with links
 * into the portal, the escalations addressed through Keycloak's security officers; a second run sends nothing.
 * Then the notification list and its unread count, and the calendar feed with its revocation.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderIT {

    static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("it.mail.port", 18025), "localhost",
            ServerSetup.PROTOCOL_SMTP);

    @Test
    @Order(1)
    void mailsWaitForTheMailServerAndArriveOnceInJapanese() throws Exception {
        String portal = PortalStack.current().portalUrl();
        // Mails other test classes queued before (an incident's notices, some perhaps still waiting for a mail server)
        // are not this run's: only rows after this mark are.
        long before = awaitOutbox("SELECT COALESCE(MAX(id), 0) FROM outgoing_mail", Duration.ofSeconds(1));
        String ours = " AND id > " + before;
        // No SMTP server listens now: the run's mails must wait, not vanish.
        try (Browser browser = new Browser(portal)) {
            browser.signIn("security-demo");
            browser.open("/staff/dashboard.xhtml");
            browser.click(By.id("jobForm:runNow"));
            assertTrue(browser.text("messages").contains("作成しました"), browser.text("messages"));
            assertTrue(Long.parseLong(browser.text("count-overdue")) > 0, "the demo has overdue items");
            browser.screenshot(java.nio.file.Path.of("target/screenshots/dashboard.png"));
        }
        long queued = awaitOutbox("SELECT COUNT(*) FROM outgoing_mail WHERE dedupe_key LIKE 'reminder:%' "
                + "AND attempts >= 1 AND sent_at IS NULL" + ours, Duration.ofSeconds(60));
        assertTrue(queued > 0, "reminder mails failed once and wait for the next attempt");

        GreenMail mail = new GreenMail(SMTP);
        mail.start();
        try {
            MimeMessage escalation = awaitMail(mail, "security-demo@example.jp", "［要確認・期限超過］",
                    Duration.ofSeconds(180));
            assertTrue(escalation.getSubject().startsWith("【高知市】［要確認・期限超過］"), escalation.getSubject());
            String body = ((String) escalation.getContent()).replace("\r\n", "\n");
            assertTrue(body.contains("次の項目は期限を過ぎ、まだ完了していません。"), body);
            assertTrue(body.matches("(?s).*期限：\\d{4}/\\d{2}/\\d{2}（期限を\\d+日超過）.*"), body);
            assertTrue(body.contains(portal + "/staff/"), body);
            assertTrue(body.contains("お知らせの一覧：" + portal + "/me/notifications.xhtml"), body);
            // The officer follows the mail's first link to a record while signed out: sign-in ends on that record.
            String link = jp.kochi.vrm.devstack.DevMailServer.links(body).stream()
                    .filter(l -> l.startsWith(portal + "/staff/") && l.contains("?")).findFirst().orElseThrow();
            try (Browser officer = new Browser(portal)) {
                officer.signInAt(link.substring(portal.length()), "security-demo");
                assertEquals(link, officer.currentUrl(), "the mail's page, with its query, after sign-in");
                assertFalse(List.of("エラーが発生しました", "アクセスできません", "ページが見つかりません")
                        .contains(officer.heading()), officer.heading());
            }
            long total = awaitOutbox("SELECT COUNT(*) FROM outgoing_mail WHERE dedupe_key LIKE 'reminder:%'" + ours,
                    Duration.ofSeconds(1));
            awaitOutbox("SELECT CASE WHEN COUNT(sent_at) = COUNT(*) THEN 1 ELSE 0 END FROM outgoing_mail "
                    + "WHERE dedupe_key LIKE 'reminder:%'" + ours, Duration.ofSeconds(180));

            // A second run finds nothing new; half a minute later (a dispatcher cycle) nothing has been sent twice.
            try (Browser browser = new Browser(portal)) {
                browser.signIn("security-demo");
                browser.open("/staff/dashboard.xhtml");
                browser.click(By.id("jobForm:runNow"));
                assertTrue(browser.text("messages").contains("新しいお知らせはありません"), browser.text("messages"));
            }
            Thread.sleep(35_000);
            java.util.Set<String> queuedNow = new HashSet<>(texts("SELECT recipient, subject FROM outgoing_mail "
                    + "WHERE dedupe_key LIKE 'reminder:%'" + ours));
            List<String> received = new ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                String line = Arrays.toString(m.getAllRecipients()) + " " + m.getSubject();
                if (queuedNow.contains(line)) {
                    received.add(line);
                }
            }
            assertEquals(new HashSet<>(received).size(), received.size(), "no reminder mail arrived twice: " + received);
            assertEquals(total, received.size(), "every queued reminder mail arrived");
            assertEquals(total, awaitOutbox("SELECT COUNT(*) FROM outgoing_mail WHERE dedupe_key LIKE 'reminder:%'"
                    + ours, Duration.ofSeconds(1)), "the second run queued no mail");
        } finally {
            mail.stop();
        }
    }

    @Test
    @Order(2)
    void theNotificationListCountsAndMarksRead() throws Exception {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("security-demo");
            browser.open("/staff/home.xhtml");
            long unread = Long.parseLong(browser.text("unreadCount").replaceAll("\\D", ""));
            assertTrue(unread > 0, "escalations are unread");
            browser.click(By.id("notificationsLink"));
            assertEquals("お知らせ", browser.heading());
            assertTrue(browser.text("notifications").contains("期限超過の報告"), "escalations are marked as such");
            browser.assertAccessible();
            browser.screenshot(java.nio.file.Path.of("target/screenshots/notifications.png"));
            browser.click(By.id("notificationsForm:markAll"));
            browser.waitForAjax();
            browser.open("/me/notifications.xhtml");
            assertEquals("0", browser.text("unreadCount").replaceAll("\\D", ""));
        }
    }

    @Test
    @Order(3)
    void theCalendarFeedListsOwnDueDatesUntilRevoked() throws Exception {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("sns-demo");
            browser.open("/me/calendar.xhtml");
            browser.click(By.id("calendarForm:issue"));
            browser.waitForAjax();
            String address = browser.element(By.id("calendarForm:address")).getAttribute("value");
            assertTrue(address.matches(".*/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), address);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, feed.statusCode());
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            String ics = feed.body();
            assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
            assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("SNSアカウント"), ics);
            assertFalse(ics.contains("防災"), "another owner's account is not in sns-demo's feed");
            browser.assertAccessible();
            browser.screenshot(java.nio.file.Path.of("target/screenshots/calendar.png"));
            browser.click(By.id("calendarForm:revoke"));
            browser.waitForAjax();
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(address.replaceAll("/[^/]*\\.ics$",
                    "/not-a-token.ics"))).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    /** Each row of {@code sql} (recipient, subject) as a received mail is written: "[recipient] subject". */
    private static List<String> texts(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = PortalStack.database(PortalStack.current()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add("[" + rs.getString(1) + "] " + rs.getString(2));
            }
        }
        return rows;
    }

    private static long awaitOutbox(String sql, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try (Connection c = PortalStack.database(PortalStack.current()); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                long v = rs.getLong(1);
                if (v > 0 || System.nanoTime() > deadline) {
                    return v;
                }
            }
            Thread.sleep(500);
        }
    }

    private static MimeMessage awaitMail(GreenMail mail, String to, String subjectPart, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                try {
                    if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                            && m.getSubject().contains(subjectPart)) {
                        return m;
                    }
                } catch (MessagingException e) {
                    // not this one
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + to + " about " + subjectPart + " within " + within);
    }
}
