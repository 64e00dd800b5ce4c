package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import jp.kochi.vrm.devstack.DevMailServer;
import jp.kochi.vrm.devstack.KeycloakServer;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Contractor self-service accounts against the real Keycloak, a real SMTP server (GreenMail, in this JVM, on the
 * port Keycloak was told) and Chromium: procurement invites a representative from the contractor's page, the mail
 * arrives, the representative follows its link, verifies the address, sets a password and TOTP and lands on the
 * contractor portal; procurement disables (the open session and the next sign-in are refused) and enables again.
 * Failures leave nothing half-made: SMTP down, Keycloak down (stopped and started again within the test). Ending
 * a contractor and closing a contractor's last contract disable its users, also while Keycloak is down.
 */
@ExtendWith(PortalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractorOnboardingIT {

    private static final String PASSWORD = "Tosa-Ryoma-2026!";
    private static final String CONTRACTOR_PAGE = "/staff/contractors/view.xhtml?id=";
    /** 株式会社高知データサービス (contractorId 1 of contractor-demo) and two demo contractors without running contracts. */
    private static final long KOCHI_DATA = 1;
    private static final long KAGAMI_SOFTWARE = 9;
    private static final long NANKOKU_SUPPORT = 10;

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("it.mail.port", 18025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static StackSettings stack;
    private static Keycloak admin;
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    @BeforeAll
    static void connect() {
        stack = PortalStack.current();
        // The portal's own service account: the test looks at Keycloak with the rights the portal has.
        admin = KeycloakBuilder.builder().serverUrl(stack.keycloakUrl()).realm(KeycloakServer.REALM)
                .grantType("client_credentials").clientId("vrm-provisioning")
                .clientSecret(stack.provisioningClientSecret()).build();
    }

    @AfterAll
    static void close() {
        if (admin != null) {
            admin.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ journeys

    @Test
    @Order(1)
    void procurementInvitesARepresentativeWhoSetsUpPasswordAndTotpAndUsesThePortalUntilDisabled(@TempDir Path dir)
            throws Exception {
        String email = "ryoma." + RUN + "@example.jp";
        Authenticator phone = new Authenticator();
        try (Browser procurement = new Browser(stack.portalUrl());
                Browser contractor = new Browser(stack.portalUrl())) {
            procurement.signIn("procurement-demo");
            procurement.open(CONTRACTOR_PAGE + KOCHI_DATA);
            assertTrue(row(procurement, "contractor-demo@example.jp").contains("有効"), accounts(procurement));

            invite(procurement, "土佐", "龍馬", email);
            assertTrue(messages(procurement).contains(email + " に招待メールを送りました。"), messages(procurement));
            assertTrue(row(procurement, email).contains("招待中"), accounts(procurement));
            procurement.assertAccessible();
            screenshot(procurement, "contractor-accounts-invited.png");

            UserRepresentation user = keycloakUser(email);
            assertEquals(List.of("1"), user.getAttributes().get("contractorId"));
            assertTrue(admin.realm(KeycloakServer.REALM).users().get(user.getId()).roles().realmLevel().listEffective()
                    .stream().anyMatch(r -> r.getName().equals("contractor")), "realm role contractor");
            assertEquals(Set.of("VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP"), Set.copyOf(user.getRequiredActions()));
            assertEquals(user.getId(), databaseString("SELECT keycloak_user_id FROM portal_account WHERE email = ?", email));

            String link = invitationLink(email);
            contractor.driver().get(link);
            completeKeycloak(contractor, email, phone);
            assertTrue(contractor.currentUrl().endsWith("/portal/home.xhtml"), contractor.currentUrl());
            assertEquals("株式会社高知データサービス", contractor.text("contractor-name"));
            assertEquals("土佐 龍馬", contractor.text("user-name"));
            contractor.assertAccessible();
            contractorUploadsAPdfAndStaffAcceptIt(contractor, procurement, dir);

            procurement.open(CONTRACTOR_PAGE + KOCHI_DATA);
            assertTrue(row(procurement, email).contains("有効"), accounts(procurement));

            // Disabled by hand: the open session is refused at its next request, and Keycloak refuses a new sign-in.
            type(procurement, "accountsForm:accountReason", "担当者の異動のため");
            procurement.click(By.xpath(rowXpath(email) + "//button[contains(@id, 'disableAccount')]"));
            assertTrue(messages(procurement).contains("アカウントを無効にしました。"), messages(procurement));
            assertTrue(row(procurement, email).contains("無効"), accounts(procurement));
            assertTrue(row(procurement, email).contains("担当者の異動のため"), accounts(procurement));
            assertFalse(keycloakUser(email).isEnabled(), "disabled in Keycloak at once");

            contractor.open("/portal/home.xhtml");
            assertEquals(RolePageMatrixIT.REFUSED_HEADING, contractor.heading(), "the portal gate refuses the open session");
            try (Browser again = new Browser(stack.portalUrl())) {
                again.open("/signin");
                keycloakSignIn(again, email);
                again.waitForAjax();
                assertTrue(again.currentUrl().startsWith(stack.realmUrl()), "still at Keycloak: " + again.currentUrl());
                String refusal = bodyText(again.driver());
                // In the language Keycloak picks from the browser (headless Chromium asks for English).
                assertTrue(refusal.contains("アカウントが無効です") || refusal.contains("Account is disabled"), refusal);
            }

            // Enabled again: signing in works as before.
            procurement.open(CONTRACTOR_PAGE + KOCHI_DATA);
            type(procurement, "accountsForm:accountReason", "異動の取り消し");
            procurement.click(By.xpath(rowXpath(email) + "//button[contains(@id, 'enableAccount')]"));
            assertTrue(messages(procurement).contains("アカウントを有効に戻しました。"), messages(procurement));
            assertTrue(row(procurement, email).contains("有効"), accounts(procurement));
            assertTrue(keycloakUser(email).isEnabled());
            try (Browser again = new Browser(stack.portalUrl())) {
                again.open("/signin");
                completeKeycloak(again, email, phone);
                assertTrue(again.currentUrl().endsWith("/portal/home.xhtml"), again.currentUrl());
            }
        }
        String audit = auditOf(email);
        assertTrue(audit.contains("担当者の異動のため") && audit.contains("異動の取り消し"), audit);
    }

    /**
     * The new representative hands in a PDF for the contract's overdue obligation (the other portal tests take
     * obligations that are not overdue), and procurement accepts it.
     */
    private static void contractorUploadsAPdfAndStaffAcceptIt(Browser contractor, Browser procurement, Path dir)
            throws Exception {
        Path pdf = java.nio.file.Files.write(dir.resolve("定期報告書_9月分.pdf"), EvidenceUploadIT.PDF);
        contractor.open("/portal/home.xhtml");
        contractor.click(By.xpath("//table[contains(@class, 'obligations-OVERDUE')]/tbody/tr[1]//a"));
        String obligationPath = contractor.currentUrl().substring(contractor.currentUrl().indexOf("/portal/"));
        contractor.element(By.id("submitForm:files")).sendKeys(pdf.toString());
        type(contractor, "submitForm:comment", "遅れて申し訳ありません。9月分の報告書です。");
        contractor.click(By.id("submitForm:submit"));
        assertTrue(messages(contractor).contains("提出しました（第1版）"), messages(contractor));
        assertEquals("審査中", contractor.text("obligationStatus"));
        assertTrue(contractor.text("submissions").contains("土佐 龍馬（委託事業者）"), contractor.text("submissions"));

        procurement.open(obligationPath.replace("/portal/", "/staff/contracts/"));
        assertTrue(procurement.text("submissions").contains("定期報告書_9月分.pdf"), procurement.text("submissions"));
        procurement.click(By.id("reviewForm:accept"));
        assertTrue(messages(procurement).contains("承認しました。"), messages(procurement));

        contractor.open(obligationPath);
        assertEquals("承認", contractor.text("obligationStatus"));
    }

    @Test
    @Order(2)
    void aMailServerThatIsDownRefusesTheInvitationAndLeavesNothing() throws Exception {
        String email = "smtp-down." + RUN + "@example.jp";
        try (Browser procurement = new Browser(stack.portalUrl())) {
            procurement.signIn("procurement-demo");
            procurement.open(CONTRACTOR_PAGE + KOCHI_DATA);
            MAIL.stop();
            try {
                invite(procurement, "四万十", "太郎", email);
            } finally {
                MAIL.start();
            }
            assertTrue(messages(procurement).contains("招待メールを送信できませんでした（メールサーバーに接続できません）。何も登録していません。"),
                    messages(procurement));
            assertFalse(accounts(procurement).contains(email), accounts(procurement));
            assertEquals("四万十", procurement.element(By.id("inviteForm:familyName")).getAttribute("value"), "input kept");
        }
        assertEquals(List.of(), admin.realm(KeycloakServer.REALM).users().searchByUsername(email, true),
                "no Keycloak user left");
        assertEquals(0L, databaseLong("SELECT COUNT(*) FROM portal_account WHERE email = ?", email), "no portal record");
    }

    @Test
    @Order(3)
    void badInputAndDuplicatesAreMessagesNotErrors() throws Exception {
        try (Browser procurement = new Browser(stack.portalUrl())) {
            procurement.signIn("procurement-demo");
            procurement.open(CONTRACTOR_PAGE + KOCHI_DATA);
            invite(procurement, "土佐", "<script>alert(1)</script>", "not-an-address");
            assertTrue(messages(procurement).contains("メールアドレスの形式が正しくありません"), messages(procurement));
            invite(procurement, "土佐", "<script>alert(1)</script>", "x." + RUN + "@example.jp");
            assertTrue(messages(procurement).contains("名に使えない記号"), messages(procurement));
            invite(procurement, "委託", "太郎", "CONTRACTOR-DEMO@example.jp");
            assertTrue(messages(procurement).contains("メールアドレス contractor-demo@example.jp のポータル利用者は既に登録されています。"),
                    messages(procurement));
            // In Keycloak but not in the portal: procurement-demo's own address.
            invite(procurement, "調達", "花子", "procurement-demo@example.jp");
            assertTrue(messages(procurement).contains("既にKeycloakに存在します"), messages(procurement));
            String body = bodyText(procurement.driver());
            assertFalse(body.contains("Exception") || body.contains("at jp.kochi") || body.contains("エラーが発生しました"),
                    "no stack trace or error page: " + body);
            procurement.assertAccessible();
        }
    }

    @Test
    @Order(4)
    void keycloakDownRefusesInvitationsShowsTheRecordsAndAnEndedContractorsUsersFollowOnceItIsBack() throws Exception {
        String staying = "nankoku." + RUN + "@example.jp";
        String refused = "nankoku-2." + RUN + "@example.jp";
        try (Browser procurement = new Browser(stack.portalUrl())) {
            procurement.signIn("procurement-demo");
            procurement.open(CONTRACTOR_PAGE + NANKOKU_SUPPORT);
            invite(procurement, "南", "良子", staying);
            assertTrue(row(procurement, staying).contains("招待中"), accounts(procurement));
            String userId = keycloakUser(staying).getId();

            PortalStack.withKeycloakStopped(() -> {
                procurement.open(CONTRACTOR_PAGE + NANKOKU_SUPPORT);
                assertTrue(procurement.text("accountsForm:offline").contains("Keycloakに接続できないため"),
                        "notice: " + accounts(procurement));
                assertTrue(row(procurement, staying).contains("招待中"), "state from the record: " + accounts(procurement));
                screenshot(procurement, "contractor-accounts-keycloak-down.png");
                procurement.assertAccessible();

                invite(procurement, "南", "次郎", refused);
                assertTrue(messages(procurement).contains("Keycloak（シングルサインオン）に接続できないため、招待できませんでした。何も登録していません。"),
                        messages(procurement));
                assertEquals(0L, databaseLong("SELECT COUNT(*) FROM portal_account WHERE email = ?", refused));

                // 取引終了 while Keycloak is down: the record is disabled with the change, Keycloak follows later.
                type(procurement, "statusForm:statusReason", "事業譲渡により取引終了");
                procurement.click(By.id("statusForm:end"));
                assertTrue(messages(procurement).contains("状態を変更しました。"), messages(procurement));
                assertEquals("false", databaseString("SELECT CASE WHEN enabled THEN 'true' ELSE 'false' END FROM portal_account WHERE email = ?", staying));
                assertEquals("CONTRACTOR_ENDED", databaseString("SELECT disabled_cause FROM portal_account WHERE email = ?", staying));
                assertEquals("true", databaseString("SELECT CASE WHEN sync_pending THEN 'true' ELSE 'false' END FROM portal_account WHERE email = ?", staying));
                procurement.open(CONTRACTOR_PAGE + NANKOKU_SUPPORT);
                String row = row(procurement, staying);
                assertTrue(row.contains("無効") && row.contains("Keycloakへの反映待ち") && row.contains("取引終了により自動で無効化"), row);
            });

            long restarted = System.nanoTime();
            awaitTrue(Duration.ofSeconds(60), () -> !admin.realm(KeycloakServer.REALM).users().get(userId).toRepresentation().isEnabled(),
                    "Keycloak user of the ended contractor disabled by the synchronisation job");
            System.out.printf("[ContractorOnboardingIT] ended contractor's user disabled in Keycloak %.1f s after Keycloak was back%n",
                    (System.nanoTime() - restarted) / 1e9);
            awaitTrue(Duration.ofSeconds(30), () -> "false".equals(databaseStringUnchecked(
                    "SELECT CASE WHEN sync_pending THEN 'true' ELSE 'false' END FROM portal_account WHERE email = ?", staying)), "record in sync");
            assertEquals(List.of(), admin.realm(KeycloakServer.REALM).users().searchByUsername(refused, true));
            procurement.open(CONTRACTOR_PAGE + NANKOKU_SUPPORT);
            assertFalse(row(procurement, staying).contains("反映待ち"), accounts(procurement));
        }
        String audit = auditOf(staying);
        assertTrue(audit.contains("CONTRACTOR_ENDED") && audit.contains("事業譲渡により取引終了"), audit);
    }

    @Test
    @Order(5)
    void closingAContractorsLastContractDisablesItsUsers() throws Exception {
        String email = "kagami." + RUN + "@example.jp";
        long contractId = 900_000 + (System.currentTimeMillis() % 90_000);
        try (Browser procurement = new Browser(stack.portalUrl())) {
            procurement.signIn("procurement-demo");
            procurement.open(CONTRACTOR_PAGE + KAGAMI_SOFTWARE);
            invite(procurement, "香美", "直人", email);
            assertTrue(row(procurement, email).contains("招待中"), accounts(procurement));
            String userId = keycloakUser(email).getId();

            // The contractor's only contract, ended and with nothing left to submit (written directly: the
            // contract journey itself is ContractJourneyIT's).
            insertEndedContract(contractId, "IT-ONB-" + RUN, KAGAMI_SOFTWARE);
            procurement.open("/staff/contracts/view.xhtml?id=" + contractId);
            assertEquals("終了", procurement.text("status"));
            procurement.click(By.id("lifecycleForm:close"));
            new WebDriverWait(procurement.driver(), Duration.ofSeconds(15))
                    .until(d -> "完了".equals(d.findElement(By.id("status")).getText().strip()));

            assertEquals("LAST_CONTRACT_CLOSED", databaseString("SELECT disabled_cause FROM portal_account WHERE email = ?", email));
            awaitTrue(Duration.ofSeconds(30), () -> !admin.realm(KeycloakServer.REALM).users().get(userId).toRepresentation().isEnabled(),
                    "Keycloak user disabled after the close committed");
            procurement.open(CONTRACTOR_PAGE + KAGAMI_SOFTWARE);
            String row = row(procurement, email);
            assertTrue(row.contains("無効") && row.contains("最後の契約の完了により自動で無効化"), row);
            screenshot(procurement, "contractor-accounts-last-contract-closed.png");
        }
        assertTrue(auditOf(email).contains("LAST_CONTRACT_CLOSED"));
    }

    // ------------------------------------------------------------------------------------------------ Keycloak

    /** Stands for the representative's authenticator app: the TOTP secret and the codes already used. */
    static final class Authenticator {
        String secret;
        private final Set<Long> used = new HashSet<>();

        /** A code Keycloak accepts now and has not seen: this step's or the next (look-ahead window 1). */
        String nextCode() throws InterruptedException {
            while (true) {
                long step = Totp.step(System.currentTimeMillis());
                for (long s = step; s <= step + 1; s++) {
                    if (used.add(s)) {
                        return Totp.code(secret, s);
                    }
                }
                Thread.sleep(1000);
            }
        }
    }

    /**
     * Goes through whatever Keycloak shows until the portal answers: the invitation's info page, the new password,
     * the TOTP setup (secret from the "unable to scan" text), the sign-in form and the one-time code.
     */
    private static void completeKeycloak(Browser browser, String email, Authenticator phone) throws Exception {
        WebDriver d = browser.driver();
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            browser.waitForAjax();
            String url = d.getCurrentUrl();
            if (url.startsWith(stack.portalUrl()) && !url.contains("/callback") && !url.contains("/signin")) {
                return;
            }
            if (present(d, By.id("password-new"))) {
                seen.append("password; ");
                d.findElement(By.id("password-new")).sendKeys(PASSWORD);
                d.findElement(By.id("password-confirm")).sendKeys(PASSWORD);
                submit(d, By.id("kc-submit"));
            } else if (present(d, By.id("mode-manual"))) {
                seen.append("totp (qr); ");
                submit(d, By.id("mode-manual"));
            } else if (present(d, By.id("kc-totp-secret-key"))) {
                seen.append("totp (manual); ");
                phone.secret = d.findElement(By.id("kc-totp-secret-key")).getText();
                d.findElement(By.id("totp")).sendKeys(phone.nextCode());
                submit(d, By.id("saveTOTPBtn"));
            } else if (present(d, By.id("otp"))) {
                seen.append("otp; ");
                d.findElement(By.id("otp")).sendKeys(phone.nextCode());
                submit(d, By.id("kc-login"));
            } else if (present(d, By.id("username"))) {
                seen.append("sign-in; ");
                keycloakSignIn(browser, email);
            } else if (present(d, By.cssSelector("#kc-info-message a"))) {
                seen.append("info '").append(d.findElement(By.id("kc-info-message")).getText().replace('\n', ' ')).append("'; ");
                submit(d, By.cssSelector("#kc-info-message a"));
            } else {
                fail("Unexpected page " + url + " after " + seen + ": " + bodyText(d));
            }
        }
        fail("Did not reach the portal after " + seen + " (at " + d.getCurrentUrl() + ")");
    }

    private static void keycloakSignIn(Browser browser, String email) {
        WebDriver d = browser.driver();
        new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(email);
        d.findElement(By.id("password")).sendKeys(PASSWORD);
        submit(d, By.id("kc-login"));
    }

    /** Clicks and waits until the browser has left the page. */
    private static void submit(WebDriver d, By by) {
        WebElement page = d.findElement(By.tagName("html"));
        new WebDriverWait(d, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(by)).click();
        new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private static boolean present(WebDriver d, By by) {
        return !d.findElements(by).isEmpty();
    }

    private static String bodyText(WebDriver d) {
        return d.findElement(By.tagName("body")).getText();
    }

    private static UserRepresentation keycloakUser(String email) {
        List<UserRepresentation> found = admin.realm(KeycloakServer.REALM).users().searchByUsername(email, true);
        assertEquals(1, found.size(), "one Keycloak user " + email);
        return found.get(0);
    }

    /** The link of the invitation mail Keycloak sent to {@code email}. */
    private static String invitationLink(String email) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : MAIL.getReceivedMessagesForDomain(email)) {
                String text = DevMailServer.text(m);
                for (String link : DevMailServer.links(text)) {
                    if (link.contains("action-token")) {
                        assertTrue(link.startsWith(stack.realmUrl()), link);
                        // The action token names the portal's client and where the user lands afterwards.
                        String token = link.replaceAll(".*[?&]key=([^&]+).*", "$1");
                        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                                java.nio.charset.StandardCharsets.UTF_8);
                        assertTrue(claims.contains("\"azp\":\"vrm-portal\""), claims);
                        assertTrue(claims.contains("\"reduri\":\"" + stack.portalUrl() + "/signin\""), claims);
                        return link;
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("No invitation mail for " + email);
    }

    // ------------------------------------------------------------------------------------------------ the page

    private static void invite(Browser procurement, String family, String given, String email) {
        type(procurement, "inviteForm:familyName", family);
        type(procurement, "inviteForm:givenName", given);
        type(procurement, "inviteForm:email", email);
        long t0 = System.nanoTime();
        procurement.click(By.id("inviteForm:invite"));
        System.out.printf("[ContractorOnboardingIT] invitation of %s answered in %d ms: %s%n", email,
                (System.nanoTime() - t0) / 1_000_000, messages(procurement).replace('\n', ' '));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.element(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String rowXpath(String email) {
        return "//tbody[@id='accountsForm:accounts_data']/tr[td[contains(normalize-space(), '" + email + "')]]";
    }

    private static String row(Browser browser, String email) {
        return browser.element(By.xpath(rowXpath(email))).getText();
    }

    private static String accounts(Browser browser) {
        return browser.text("accountsForm");
    }

    private static String messages(Browser browser) {
        return browser.text("messagesPanel");
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('accountsHeading').scrollIntoView({block: 'start'});");
        browser.screenshot(Path.of("target/screenshots", name));
    }

    // ------------------------------------------------------------------------------------------------ database

    private static void insertEndedContract(long id, String number, long contractorId) throws Exception {
        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("INSERT INTO contract (id, contract_number, title, department_id, "
                        + "contractor_id, period_start, period_end, confidentiality, integrity, availability, "
                        + "segment_my_number, segment_lgwan, segment_internet, personal_info, my_number, cloud_service, "
                        + "on_site_work, subcontracting_allowed, status, created_at, created_by, concluded_at, concluded_by, "
                        + "started_at, ended_at, version) VALUES (?, ?, ?, (SELECT MIN(id) FROM department), ?, ?, ?, '1', 1, 1, "
                        + "FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, 'ENDED', ?, 'procurement-demo', ?, "
                        + "'procurement-demo', ?, ?, 1)")) {
            OffsetDateTime then = PortalStack.now().minusMonths(13);
            ps.setLong(1, id);
            ps.setString(2, number);
            ps.setString(3, "ソフトウェア保守業務（結合テスト）");
            ps.setLong(4, contractorId);
            ps.setObject(5, PortalStack.today().minusYears(1));
            ps.setObject(6, PortalStack.today().minusDays(1));
            ps.setObject(7, then);
            ps.setObject(8, then);
            ps.setObject(9, then);
            ps.setObject(10, PortalStack.now());
            ps.executeUpdate();
        }
    }

    private static String auditOf(String email) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("SELECT e.actor, e.action, e.details FROM audit_entry e WHERE "
                        + "e.record_type = 'PortalAccount' AND e.record_id = (SELECT CAST(a.id AS VARCHAR(20)) FROM "
                        + "portal_account a WHERE a.email = ?) ORDER BY e.seq")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sb.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String databaseString(String sql, String parameter) throws Exception {
        try (Connection c = PortalStack.database(stack); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String databaseStringUnchecked(String sql, String parameter) {
        try {
            return databaseString(sql, parameter);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long databaseLong(String sql, String parameter) throws Exception {
        return Long.parseLong(databaseString(sql, parameter));
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // Keycloak still starting
            }
            Thread.sleep(500);
        }
        fail(what + ": not within " + timeout.toSeconds() + " s");
    }
}
