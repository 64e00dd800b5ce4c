package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The contractor's side of evidence, through the browser and a real SMTP server: the contractor signs in, sees
 * its own contracts and obligations, hands in two files with a comment as one submission, staff send it back,
 * the contractor is mailed (Japanese subject, link to the obligation), hands in a second version, and staff
 * accept it.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class ContractorPortalIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 18025), "localhost", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Test
    void aSubmissionIsSentBackByMailResubmittedAndAccepted(@TempDir Path dir) throws Exception {
        StackSettings stack = PortalStack.current();
        Path report = Files.write(dir.resolve("受講記録.pdf"), EvidenceUploadIT.PDF);
        Path roster = Files.write(dir.resolve("受講者名簿.csv"), "氏名,受講日\n山本 花子,2026/11/20\n".getBytes(StandardCharsets.UTF_8));
        Path program = Files.write(dir.resolve("報告書.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        String obligationUrl;
        long obligationId;
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            assertEquals("株式会社高知データサービス", browser.text("contractor-name"));
            String contracts = browser.text("contracts");
            assertTrue(contracts.contains("住民税課税資料データ入力業務委託"), contracts);
            assertFalse(contracts.contains("広報紙"), "another contractor's contract is not listed: " + contracts);
            String due = browser.text("obligationsHeading") + browser.element(By.cssSelector("table.obligations-DUE")).getText();
            assertTrue(due.contains("差戻し") && due.contains("押印済みの版を提出してください"), "a send-back shows its comment: " + due);
            browser.assertAccessible();

            browser.click(By.xpath("(//table[contains(@class, 'obligations-DUE')]//tr[td[4]//span[normalize-space()='提出待ち']])[1]//a"));
            obligationUrl = browser.currentUrl();
            obligationId = idIn(obligationUrl);
            assertEquals("提出待ち", browser.text("obligationStatus"));

            browser.click(By.id("submitForm:submit"));
            assertTrue(messages(browser).contains("提出するファイルを1つ以上選んでください。"), messages(browser));

            browser.element(By.id("submitForm:files")).sendKeys(report + "\n" + program);
            browser.click(By.id("submitForm:submit"));
            assertTrue(messages(browser).contains("「報告書.pdf」：受け付けていない形式のファイルです。"), messages(browser));
            assertTrue(browser.text("noSubmissions").contains("まだ提出はありません"), "a refused file refuses the whole submission");

            browser.element(By.id("submitForm:files")).sendKeys(report + "\n" + roster);
            browser.element(By.id("submitForm:comment")).sendKeys("11月分の受講記録と名簿です。");
            browser.click(By.id("submitForm:submit"));
            assertTrue(messages(browser).contains("提出しました（第1版）"), messages(browser));
            assertEquals("審査中", browser.text("obligationStatus"));
            String history = browser.text("submissions");
            assertTrue(history.contains("受講記録.pdf") && history.contains("受講者名簿.csv")
                    && history.contains("11月分の受講記録と名簿です。") && history.contains(EvidenceUploadIT.sha256(EvidenceUploadIT.PDF)),
                    history);
            assertTrue(browser.driver().findElements(By.id("submitForm:submit")).isEmpty(), "no second hand-in while under review");

            String href = browser.element(By.xpath("//a[contains(@class, 'file-link')][normalize-space()='受講記録.pdf']"))
                    .getAttribute("href");
            HttpResponse<byte[]> file = browser.fetch(href);
            assertEquals(200, file.statusCode());
            assertArrayEquals(EvidenceUploadIT.PDF, file.body());
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            browser.assertAccessible();
        }

        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/contracts/obligation.xhtml?id=" + obligationId);
            browser.click(By.id("reviewForm:sendBack"));
            assertTrue(messages(browser).contains("差し戻す理由を審査コメントに入力してください"), messages(browser));
            browser.element(By.id("reviewForm:reviewNote")).sendKeys("名簿に受講日がない方がいます。\n全員分をそろえてください。");
            browser.click(By.id("reviewForm:sendBack"));
            assertTrue(messages(browser).contains("差し戻しました。"), messages(browser));
            assertEquals("差戻し", browser.text("obligationStatus"));
        }

        MimeMessage mail = awaitMail("contractor-demo@example.jp", "差戻し");
        assertTrue(mail.getSubject().startsWith("【高知市】提出書類の差戻し："), mail.getSubject());
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertTrue(text.contains("株式会社高知データサービス ご担当者様"), text);
        assertTrue(text.contains("名簿に受講日がない方がいます。\n全員分をそろえてください。"), text);
        assertTrue(text.contains(obligationUrl.replaceAll("&.*", "")), "the link to the obligation: " + text);
        assertSentOnce("obligation-return:" + obligationId + "#1:contractor-demo@example.jp");

        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            browser.driver().get(linkIn(text));
            assertEquals("差戻し", browser.text("obligationStatus"));
            assertTrue(browser.text("submitForm").contains("新しい版として記録されます"));
            browser.element(By.id("submitForm:files")).sendKeys(report + "\n" + roster);
            browser.click(By.id("submitForm:submit"));
            assertTrue(messages(browser).contains("提出しました（第2版）"), messages(browser));
            assertEquals("再提出（審査中）", browser.text("obligationStatus"));
            String history = browser.text("submissions");
            assertTrue(history.indexOf("第2版") < history.indexOf("第1版") && history.contains("全員分をそろえてください。"), history);
        }

        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("security-demo");
            browser.open("/staff/contracts/obligation.xhtml?id=" + obligationId);
            browser.click(By.id("reviewForm:accept"));
            assertTrue(messages(browser).contains("承認しました。"), messages(browser));
        }
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            String done = browser.element(By.cssSelector("table.obligations-DONE")).getText();
            assertTrue(done.contains("承認"), done);
            browser.open("/portal/obligation.xhtml?id=" + obligationId);
            assertEquals("承認", browser.text("obligationStatus"));
            assertTrue(browser.driver().findElements(By.id("submitForm:submit")).isEmpty());
        }
    }

    @Test
    void aMissingObligationOrFileIsAnsweredPlainly() throws Exception {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("contractor-demo");
            for (String id : List.of("999999999", "abc")) {
                String address = "/portal/obligation.xhtml?id=" + id;
                assertEquals(404, browser.fetch(PortalStack.current().portalUrl() + address).statusCode(), address);
                browser.open(address);
                assertEquals("ページが見つかりません", browser.heading(), "the error page, as for a missing download");
                assertFalse(browser.text("main").contains("Exception"), browser.text("main"));
            }
            assertEquals(404, browser.fetch(PortalStack.current().portalUrl() + "/portal/files/999999999").statusCode());
            assertEquals(404, browser.fetch(PortalStack.current().portalUrl() + "/portal/files/..%2Fetc").statusCode());
        }
    }

    private static MimeMessage awaitMail(String to, String subjectPart) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage found = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                            && m.getSubject().contains(subjectPart);
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).findFirst().orElse(null);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + to + " about " + subjectPart + " within 60 s");
    }

    /** The outbox holds the mail once, marked sent after one attempt (so the dispatcher will not send it again). */
    private static void assertSentOnce(String dedupeKey) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (java.sql.Connection c = PortalStack.database(PortalStack.current());
                    java.sql.PreparedStatement st = c.prepareStatement(
                            "SELECT COUNT(*), MIN(attempts), COUNT(sent_at) FROM outgoing_mail WHERE dedupe_key = ?")) {
                st.setString(1, dedupeKey);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getLong(3) == 1 || System.nanoTime() > deadline) {
                        assertEquals(1, rs.getLong(1), "one mail for " + dedupeKey);
                        assertEquals(1, rs.getLong(3), "marked sent");
                        assertEquals(1, rs.getInt(2), "sent at the first attempt");
                        return;
                    }
                }
            }
            Thread.sleep(250);
        }
    }

    private static long idIn(String url) {
        Matcher m = Pattern.compile("[?&]id=([0-9]+)").matcher(url);
        assertTrue(m.find(), url);
        return Long.parseLong(m.group(1));
    }

    private static String linkIn(String text) {
        Matcher m = Pattern.compile("https?://\\S+/portal/obligation\\.xhtml\\?id=[0-9]+").matcher(text);
        assertTrue(m.find(), text);
        return m.group();
    }

    private static String messages(Browser browser) {
        return browser.text("messagesPanel");
    }
}
