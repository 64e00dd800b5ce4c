package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kochi.vrm.devstack.StackSettings;
import jp.kochi.vrm.platform.Dates;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An incident from the contractor's first report to closure, through the browser, a real SMTP server and the outbox:
 * the report is filed while the mail server is down and its notice arrives once when it is back; the officer
 * acknowledges it and sees the legal clocks with their dates; the contractor adds a follow-up; a countermeasure becomes
 * the contractor's action, goes overdue and is reminded; the officer who recorded the countermeasure cannot close the
 * incident, another officer can. Another contractor gets the answer for a missing incident on every route.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class IncidentJourneyIT {

    private static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("it.mail.port", 18025), "localhost",
            ServerSetup.PROTOCOL_SMTP);

    @Test
    void aFirstReportIsNotifiedHandledAndClosedByAnotherOfficer(@TempDir Path dir) throws Exception {
        StackSettings stack = PortalStack.current();
        String portal = stack.portalUrl();
        LocalDate today = PortalStack.today();
        Path report = Files.write(dir.resolve("事故の経緯.pdf"), EvidenceUploadIT.PDF);
        String title = "テスト用USBメモリの紛失 " + System.nanoTime();
        long incidentId;
        String number;

        // 1. The contractor's first report, with the mail server down.
        try (Browser browser = new Browser(portal)) {
            browser.signIn("contractor-demo");
            browser.click(By.id("menu-portal-incidents"));
            browser.click(By.id("reportIncident"));
            new Select(browser.element(By.id("reportForm:contract"))).selectByVisibleText(
                    new Select(browser.element(By.id("reportForm:contract"))).getOptions().stream()
                            .map(o -> o.getText()).filter(t -> t.contains("住民税課税資料データ入力業務委託")).findFirst()
                            .orElseThrow());
            browser.element(By.id("reportForm:title")).sendKeys(title);
            browser.element(By.id("reportForm:foundDate")).sendKeys(Dates.format(today));
            browser.element(By.id("reportForm:foundTime")).sendKeys("08:15");
            browser.click(By.id("reportForm:send"));
            assertTrue(messages(browser).contains("発生した事象"), "what happened is required: " + messages(browser));
            assertEquals(title, browser.element(By.id("reportForm:title")).getAttribute("value"), "nothing typed is lost");

            browser.element(By.id("reportForm:whatHappened")).sendKeys("作業用USBメモリ（暗号化なし）を移動中に紛失。\n"
                    + "氏名・住所・病歴を含む<script>alert(1)</script>データ。");
            browser.click(By.id("reportForm:personalInfo"));
            browser.click(By.id("reportForm:sensitive"));
            browser.element(By.id("reportForm:affectedCount")).sendKeys("15");
            browser.element(By.id("reportForm:files")).sendKeys(report.toString());
            browser.click(By.id("reportForm:send"));
            assertTrue(messages(browser).contains("を送信しました"), messages(browser));
            Matcher m = Pattern.compile("INC-\\d{4}-\\d{5}").matcher(browser.text("incidentNumber"));
            assertTrue(m.find());
            number = m.group();
            incidentId = idIn(browser.currentUrl());
            assertEquals("受領確認待ち", browser.text("incidentStatus"));
            assertTrue(browser.text("timeline").contains("事故の経緯.pdf"), browser.text("timeline"));
            assertTrue(browser.text("main").contains("<script>alert(1)</script>"), "shown as text, not run");
            browser.assertAccessible();
            browser.screenshot(Path.of("target/screenshots/incident-portal.png"));
        }
        assertTrue(await("SELECT COUNT(*) FROM outgoing_mail WHERE subject LIKE '%インシデント第一報%' "
                + "AND subject LIKE '%" + number + "%' AND attempts >= 1 AND sent_at IS NULL", Duration.ofSeconds(90)) > 0,
                "the first report's mails wait for the mail server");

        GreenMail mail = new GreenMail(SMTP);
        mail.start();
        try {
            MimeMessage toOfficer = awaitMail(mail, "security-demo@example.jp", number, Duration.ofSeconds(240));
            assertTrue(toOfficer.getSubject().contains("インシデント第一報"), toOfficer.getSubject());
            awaitMail(mail, "procurement-demo@example.jp", number, Duration.ofSeconds(60));
            if (PortalStack.today().getDayOfWeek().getValue() <= 5) {
                // No one has acknowledged it within the office minute the suite sets: it is escalated, once.
                MimeMessage escalation = awaitMail(mail, "ciso@example.jp", number, Duration.ofSeconds(240));
                assertTrue(escalation.getSubject().startsWith("【高知市・至急】インシデント第一報が未確認です"),
                        escalation.getSubject());
                awaitMail(mail, "security-demo@example.jp", "至急", number, Duration.ofSeconds(60));
            }
            String body = ((String) toOfficer.getContent()).replace("\r\n", "\n");
            String link = jp.kochi.vrm.devstack.DevMailServer.links(body).stream()
                    .filter(l -> l.contains("/staff/incidents/view.xhtml?id=" + incidentId)).findFirst().orElseThrow();

            // 2. The officer follows the mail's link signed out, sees it in the notifications, acknowledges it.
            try (Browser officer = new Browser(portal)) {
                officer.signInAt(link.substring(portal.length()), "security-demo");
                assertEquals(link, officer.currentUrl());
                assertEquals("受領確認待ち", officer.text("incidentStatus"));
                officer.click(By.id("ackForm:acknowledge"));
                assertEquals("対応中", officer.text("incidentStatus"));
                if (today.getDayOfWeek().getValue() <= 5) {
                    assertTrue(officer.text("timeline").contains("エスカレーション"), officer.text("timeline"));
                }
                assertEquals(Dates.format(today.plusDays(4)), dueOf(officer, "APPI_PUBLIC", "PRELIMINARY"));
                assertEquals(Dates.format(today.plusDays(29)), dueOf(officer, "APPI_PUBLIC", "FINAL"));
                assertTrue(officer.text("main").contains("要配慮個人情報を含む"), "the clock shows its basis");
                officer.assertAccessible();
                officer.screenshot(Path.of("target/screenshots/incident-staff.png"));
                officer.open("/me/notifications.xhtml");
                assertTrue(officer.text("main").contains(number), "notified in the portal too");
            }

            // 3. The contractor adds a follow-up.
            try (Browser browser = new Browser(portal)) {
                browser.signIn("contractor-demo");
                browser.open("/portal/incident.xhtml?id=" + incidentId);
                browser.element(By.id("entryForm:entryText")).sendKeys("USBメモリは発見されていません。警察に遺失届を提出しました。");
                browser.click(By.id("entryForm:addEntry"));
                assertTrue(messages(browser).contains("経過を追加しました"), messages(browser));
                assertTrue(browser.text("timeline").contains("遺失届"), browser.text("timeline"));
            }

            // 4. The officer records a countermeasure and makes it the contractor's action; then may not close.
            try (Browser officer = new Browser(portal)) {
                officer.signIn("security-demo");
                officer.open("/staff/incidents/view.xhtml?id=" + incidentId);
                new Select(officer.element(By.id("entryForm:entryKind"))).selectByVisibleText("再発防止策");
                officer.element(By.id("entryForm:entryText")).sendKeys("持ち出し媒体は暗号化USBに限り、持ち出し記録をつける。");
                officer.click(By.id("entryForm:addEntry"));
                assertTrue(messages(officer).contains("経過を追加しました"), messages(officer));
                officer.element(By.id("addActionForm:actionTitle")).sendKeys("暗号化USBへの切替と持ち出し記録");
                officer.click(By.xpath("//input[@name='addActionForm:actionOwner'][@value='CONTRACTOR']"));
                officer.element(By.id("addActionForm:actionDue")).sendKeys(Dates.format(today.plusDays(7)));
                officer.click(By.id("addActionForm:addAction"));
                assertTrue(messages(officer).contains("是正措置を登録しました"), messages(officer));
                for (String[] d : new String[][] {{"NOTIFY_PERSONS", "YES", "15名に文書で通知する。"},
                        {"PUBLICATION", "YES", "要配慮個人情報を含むため公表する。"}}) {
                    new Select(officer.element(By.id("decisionForm:decisionChoice"))).selectByValue(d[0] + ":" + d[1]);
                    officer.element(By.id("decisionForm:decisionReason")).sendKeys(d[2]);
                    officer.click(By.id("decisionForm:decide"));
                    assertTrue(messages(officer).contains("判断を記録しました"), messages(officer));
                }
                for (String stage : new String[] {"PRELIMINARY", "FINAL"}) {
                    new Select(officer.element(By.id("legalForm:legalStage"))).selectByValue(stage);
                    officer.click(By.id("legalForm:recordLegalReport"));
                    assertTrue(messages(officer).contains("法定報告を記録しました"), messages(officer));
                }
                officer.element(By.id("closeForm:closingNote")).sendKeys("対応完了。");
                officer.click(By.id("closeForm:close"));
                assertTrue(messages(officer).contains("最後の再発防止策を記録した本人"), messages(officer));
                assertEquals("対応中", officer.text("incidentStatus"));
            }

            // 5. Time passes: the action is overdue, and the contractor is reminded.
            try (Connection c = PortalStack.database(stack);
                    PreparedStatement st = c.prepareStatement("UPDATE corrective_action SET due_date = ? "
                            + "WHERE origin = 'INCIDENT' AND origin_id = ?")) {
                st.setObject(1, today.minusDays(1));
                st.setLong(2, incidentId);
                assertEquals(1, st.executeUpdate());
            }
            try (Browser officer = new Browser(portal)) {
                // Any change to the incident runs its reminders at once (the daily run is off in the suite).
                officer.signIn("security-demo");
                officer.open("/staff/incidents/view.xhtml?id=" + incidentId);
                assertTrue(officer.text("actionsTable").contains("期限超過"), officer.text("actionsTable"));
                officer.element(By.id("entryForm:entryText")).sendKeys("是正措置の期限超過について委託事業者に督促した。");
                officer.click(By.id("entryForm:addEntry"));
                assertTrue(messages(officer).contains("経過を追加しました"), messages(officer));
            }
            // The action was reminded when it was assigned (7 days ahead); now it is reminded as overdue.
            MimeMessage reminder = awaitMail(mail, "contractor-demo@example.jp", "暗号化USBへの切替", "超過",
                    Duration.ofSeconds(120));
            assertTrue(reminder.getSubject().contains("インシデントの再発防止策"), reminder.getSubject());

            // 6. The contractor reports it done; another officer verifies it and closes the incident.
            try (Browser browser = new Browser(portal)) {
                browser.signIn("contractor-demo");
                browser.open("/portal/incident.xhtml?id=" + incidentId);
                assertTrue(browser.text("actionsTable").contains("期限超過"), browser.text("actionsTable"));
                browser.element(By.id("actionsForm:actionNote")).sendKeys("暗号化USBを全員に配布し、持ち出し記録を開始しました。");
                browser.click(By.cssSelector("#actionsForm input.complete-action"));
                assertTrue(messages(browser).contains("完了を報告しました"), messages(browser));
            }
            try (Browser lead = new Browser(portal)) {
                lead.signIn("lead-demo");
                lead.open("/staff/incidents/view.xhtml?id=" + incidentId);
                lead.click(By.cssSelector("#actionsForm input.verify-action"));
                assertTrue(messages(lead).contains("完了を確認しました"), messages(lead));
                lead.element(By.id("closeForm:closingNote")).sendKeys("再発防止策の実施を確認した。");
                lead.click(By.id("closeForm:close"));
                assertTrue(messages(lead).contains("インシデントを完結しました"), messages(lead));
                assertEquals("完結", lead.text("incidentStatus"));
                lead.screenshot(Path.of("target/screenshots/incident-closed.png"));
                lead.open("/staff/incidents/list.xhtml");
                lead.assertAccessible();
                lead.screenshot(Path.of("target/screenshots/incident-register.png"));
                lead.open("/staff/contractors/view.xhtml?id=1");
                assertTrue(lead.text("incidentHistory").contains(number), "the contractor's record shows its incidents");
            }
            Thread.sleep(5_000);
            long firstReports = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().startsWith("【高知市】インシデント第一報") && m.getSubject().contains(number)
                            && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals("security-demo@example.jp"));
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).count();
            assertEquals(1, firstReports, "the first report reached the officer exactly once");
        } finally {
            mail.stop();
        }
        try (Connection c = PortalStack.database(stack);
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Incident' "
                        + "AND record_id = ?")) {
            st.setString(1, number);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertTrue(rs.getLong(1) >= 5, "every change of the incident is audited");
            }
        }

        // 7. Another contractor: every route answers as for a missing incident.
        long fileId;
        try (Connection c = PortalStack.database(stack);
                PreparedStatement st = c.prepareStatement("SELECT f.evidence_file_id FROM incident_entry_file f "
                        + "JOIN incident_entry e ON e.id = f.entry_id WHERE e.incident_id = ?")) {
            st.setLong(1, incidentId);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                fileId = rs.getLong(1);
            }
        }
        try (Browser other = new Browser(portal)) {
            other.signIn("contractor-demo-b");
            for (String path : new String[] {"/portal/incident.xhtml?id=" + incidentId,
                    "/portal/incident-report.xhtml?id=" + incidentId, "/portal/incident.xhtml?id=999999999",
                    "/portal/incident-files/" + fileId, "/portal/incident-files/999999999"}) {
                assertEquals(404, other.fetch(portal + path).statusCode(), path);
            }
            other.open("/portal/incidents.xhtml");
            assertFalse(other.text("main").contains(number), "another contractor's incident is not listed");
        }
        try (Browser owner = new Browser(portal)) {
            owner.signIn("contractor-demo");
            assertEquals(200, owner.fetch(portal + "/portal/incident-files/" + fileId).statusCode());
        }
        try (Browser snsOwner = new Browser(portal)) {
            // Staff who read incidents download their files, social media account owners too.
            snsOwner.signIn("sns-demo");
            assertEquals(200, snsOwner.fetch(portal + "/staff/incidents/files/" + fileId).statusCode());
            assertEquals(404, snsOwner.fetch(portal + "/staff/incidents/files/999999999").statusCode());
            assertEquals(403, snsOwner.fetch(portal + "/files/" + fileId).statusCode(), "not the contractor evidence");
        }
    }

    @Test
    void aTakenOverAccountLeavesThePublicListAtOnceAndReturnsWhenAnotherOfficerConfirmsIt() throws Exception {
        String portal = PortalStack.current().portalUrl();
        long incidentId;
        try (Browser owner = new Browser(portal)) {
            owner.signIn("sns-demo");
            owner.open("/staff/incidents/new.xhtml");
            owner.click(By.xpath("//input[@name='recordForm:subject'][@value='SNS_ACCOUNT']"));
            new Select(owner.element(By.id("recordForm:snsAccount"))).selectByVisibleText("高知市観光");
            new Select(owner.element(By.id("recordForm:channel"))).selectByValue("STAFF");
            owner.element(By.id("recordForm:title")).sendKeys("公式Instagramへの不審なログイン");
            owner.element(By.id("recordForm:whatHappened")).sendKeys("見覚えのない端末からのログイン通知。プロフィールが書き換えられた。");
            owner.element(By.id("recordForm:foundDate")).sendKeys(Dates.format(PortalStack.today()));
            owner.element(By.id("recordForm:foundTime")).sendKeys("08:40");
            owner.click(By.id("recordForm:record"));
            assertTrue(messages(owner).contains("を記録し、関係者へ通知しました"), owner.currentUrl() + " "
                    + owner.heading() + " " + messages(owner));
            incidentId = idIn(owner.currentUrl());
            assertTrue(owner.text("snsNotice").contains("運用手順"), owner.text("snsNotice"));
            assertTrue(owner.driver().findElements(By.id("suspendForm:suspendListing")).isEmpty(),
                    "only a security officer takes an account off the list");
        }
        try (Browser officer = new Browser(portal)) {
            officer.signIn("security-demo");
            officer.open("/staff/incidents/view.xhtml?id=" + incidentId);
            officer.click(By.id("suspendForm:suspendListing"));
            assertTrue(messages(officer).contains("理由"), "a reason is required: " + messages(officer));
            officer.element(By.id("suspendForm:suspendReason")).sendKeys("乗っ取りの疑い。復旧まで公式一覧から外す。");
            officer.click(By.id("suspendForm:suspendListing"));
            assertTrue(messages(officer).contains("公開一覧と確認APIから外しました"), messages(officer));
            assertTrue(officer.text("timeline").contains("公開一覧からの一時削除"), officer.text("timeline"));
            officer.open("/public/sns.xhtml");
            assertFalse(officer.text("officialAccounts").contains("高知市観光"), "no longer listed as official");
        }
        try (Browser lead = new Browser(portal)) {
            lead.signIn("lead-demo");
            lead.open("/public/sns.xhtml");
            lead.open("/staff/incidents/view.xhtml?id=" + incidentId);
            lead.click(By.id("snsProcedureLink"));
            lead.click(By.id("confirmForm:confirmAccount"));
            lead.open("/public/sns.xhtml");
            assertTrue(lead.text("officialAccounts").contains("高知市観光"), "listed again once another officer confirms");
        }
    }

    private static String dueOf(Browser browser, String rule, String stage) {
        return browser.element(By.cssSelector("td.clock-due[data-rule='" + rule + "'][data-stage='" + stage + "']"))
                .getText().strip().substring(0, 10);
    }

    private static long await(String sql, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try (Connection c = PortalStack.database(PortalStack.current());
                    PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0 || System.nanoTime() > deadline) {
                    return n;
                }
            }
            Thread.sleep(500);
        }
    }

    private static MimeMessage awaitMail(GreenMail mail, String to, String subjectPart, Duration within)
            throws InterruptedException {
        return awaitMail(mail, to, subjectPart, subjectPart, within);
    }

    private static MimeMessage awaitMail(GreenMail mail, String to, String subjectPart, String alsoPart,
            Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                try {
                    if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                            && m.getSubject().contains(subjectPart) && m.getSubject().contains(alsoPart)) {
                        return m;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    // not this one
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + to + " about " + subjectPart + " within " + within);
    }

    private static long idIn(String url) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(m.find(), url);
        return Long.parseLong(m.group(1));
    }

    private static String messages(Browser browser) {
        return browser.text("messagesPanel");
    }
}
