package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An SNS owner registers an account with its guideline and procedure, logs a post that fails a check and sees it
 * flagged; the account is not public (the verification API answers as for an unknown account) until a security
 * officer confirms it; another owner's account is answered as missing, also to a forged request through the real
 * stack.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class SnsJourneyIT {

    static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void ownerRegistersAnAccountLogsAFailingPostAndSeesItFlagged() throws Exception {
        String handle = "kochi_test_" + Long.toString(System.nanoTime(), 36);
        String accountUrl;
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("sns-demo");
            browser.open("/staff/sns/edit.xhtml");
            browser.assertAccessible();
            new Select(browser.element(By.id("accountForm:platform"))).selectByValue("X");
            type(browser, "accountForm:handle", "@" + handle);
            type(browser, "accountForm:address", "https://x.com/" + handle);
            type(browser, "accountForm:displayName", SCRIPT + "高知市テスト");
            new Select(browser.element(By.id("accountForm:department"))).selectByVisibleText("130 広報広聴課");
            type(browser, "accountForm:purpose", "試験用の発信");
            type(browser, "accountForm:audience", "市民");
            assertEquals("sns-demo", browser.element(By.id("accountForm:responsibleUser")).getAttribute("value"),
                    "the owner is the responsible person by default");
            type(browser, "accountForm:credentialLocation", "パスワード: Kochi-2026-x");
            type(browser, "accountForm:credentialHolder", "広報広聴課長");
            type(browser, "accountForm:mayPost", "行事のお知らせ\n防災情報");
            type(browser, "accountForm:mustNotPost", "自治体機密性2以上の情報\n個人情報");
            type(browser, "accountForm:replyPolicy", "返信しない");
            type(browser, "accountForm:followPolicy", "公的機関のみ");
            type(browser, "accountForm:postingHours", "平日 8:30〜17:15");
            type(browser, "accountForm:deletionPolicy", "訂正を投稿する");
            type(browser, "accountForm:operation", "責任者の確認を経て投稿する。");
            type(browser, "accountForm:incidentResponse", "パスワードを直ちに変更し、情報セキュリティ責任者に報告する。");
            browser.click(By.id("accountForm:save"));
            assertTrue(messages(browser).contains("パスワードやコードのような文字列が含まれています"), messages(browser));
            assertEquals("個人情報", browser.element(By.id("accountForm:mustNotPost")).getAttribute("value").split("\n")[1],
                    "nothing typed is lost");

            type(browser, "accountForm:credentialLocation", "広報広聴課の金庫");
            browser.click(By.id("accountForm:save"));
            assertTrue(messages(browser).contains("保存しました。"), messages(browser));
            assertEquals(SCRIPT + "高知市テスト", browser.heading());
            accountUrl = browser.currentUrl();
            assertTrue(browser.text("publicState").contains("公開確認待ち"), browser.text("publicState"));
            JsonObject unconfirmed = verify("@" + handle);
            assertFalse(unconfirmed.getBoolean("official"), unconfirmed.toString());
            assertEquals(0, unconfirmed.getJsonArray("accounts").size(), "answered as for an unknown account");
            assertFalse(publicList().contains(handle), "not in the open data before confirmation");
            assertTrue(browser.text("guideline").contains("個人情報"), browser.text("guideline"));
            assertTrue(browser.text("procedureHeading").contains("第1版"), browser.text("procedureHeading"));
            assertNoInjectedScript(browser);

            List<WebElement> items = browser.driver().findElements(By.cssSelector("#selfCheck tbody th"));
            assertEquals(List.of("発信できる情報の範囲内である（行事のお知らせ／防災情報）", "次の内容を含まない：自治体機密性2以上の情報",
                    "次の内容を含まない：個人情報"), items.stream().map(WebElement::getText).toList());
            new Select(browser.element(By.id("postForm:category"))).selectByValue("NOTICE");
            type(browser, "postForm:content", "窓口の写真（来庁者の顔が写っている）");
            answer(browser, 0, true);
            answer(browser, 1, true);
            answer(browser, 2, false);
            browser.click(By.id("postForm:logPost"));
            assertTrue(messages(browser).contains("セルフチェックに不適合の項目がある"), messages(browser));
            String posts = browser.text("postsForm:posts");
            assertTrue(posts.contains("不適合・未確認") && posts.contains("✗ 次の内容を含まない：個人情報"), posts);
            browser.assertAccessible();

            browser.open("/staff/home.xhtml");
            assertTrue(Integer.parseInt(browser.text("count-sns-flags")) >= 2, "the demo flag and the new one");
            browser.open("/staff/sns/posts.xhtml?flagged=true");
            assertTrue(browser.text("searchForm:posts").contains("窓口の写真（来庁者の顔が写っている）"));
            browser.assertAccessible();
        }

        try (Browser officer = new Browser(PortalStack.current().portalUrl())) {
            officer.signIn("security-demo");
            officer.driver().get(accountUrl);
            officer.waitForAjax();
            officer.click(By.id("confirmForm:confirmAccount"));
            assertTrue(messages(officer).contains("公開を確認しました。"), messages(officer));
            assertTrue(officer.text("publicState").contains("公開中") && officer.text("publicState").contains("security-demo"),
                    officer.text("publicState"));
            officer.assertAccessible();
        }
        JsonObject confirmed = verify("@" + handle);
        assertTrue(confirmed.getBoolean("official"), confirmed.toString());
        assertTrue(publicList().contains(handle));
    }

    private static JsonObject verify(String address) throws IOException, InterruptedException {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PortalStack.current().portalUrl()
                + "/api/public/sns/verify?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String publicList() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PortalStack.current().portalUrl()
                + "/api/public/sns/accounts.json")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anOwnerCannotSeeOrEditAnAccountThatIsNotTheirs() throws SQLException {
        long theirs = id("SELECT id FROM sns_account WHERE responsible_user = 'sns-bosai'");
        long mine = id("SELECT id FROM sns_account WHERE normalized_address = 'x.com/kochi_city_koho'");
        long versions = id("SELECT COUNT(*) FROM sns_guideline WHERE account_id = " + theirs);
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("sns-demo");
            browser.open("/staff/sns/list.xhtml");
            assertFalse(browser.text("accountsForm:table").contains("高知市防災チャンネル"), "not listed");
            for (String path : List.of("/staff/sns/view.xhtml?id=", "/staff/sns/edit.xhtml?id=", "/staff/sns/guideline.xhtml?account=",
                    "/staff/sns/procedure.xhtml?account=")) {
                browser.open(path + theirs);
                assertTrue(messages(browser).contains("見つかりません"), path + ": " + messages(browser));
                assertFalse(browser.driver().getPageSource().contains("高知市防災チャンネル"), path);
            }
            // The owner's own guideline form, posted with the other account's id.
            browser.open("/staff/sns/guideline.xhtml?account=" + mine);
            ((JavascriptExecutor) browser.driver()).executeScript("var i = document.createElement('input');"
                    + "i.type = 'hidden'; i.name = 'account'; i.value = arguments[0];"
                    + "document.getElementById('textsForm').appendChild(i);", Long.toString(theirs));
            type(browser, "textsForm:changeNote", "乗っ取りの試み");
            browser.click(By.id("textsForm:save"));
            assertTrue(messages(browser).contains("見つかりません"), messages(browser));
        }
        assertEquals(versions, id("SELECT COUNT(*) FROM sns_guideline WHERE account_id = " + theirs), "nothing was added");
        try (Browser officer = new Browser(PortalStack.current().portalUrl())) {
            officer.signIn("security-demo");
            officer.open("/staff/sns/view.xhtml?id=" + theirs);
            assertEquals("高知市防災チャンネル", officer.heading(), "a security officer sees every account");
        }
    }

    private static void answer(Browser browser, int row, boolean passed) {
        browser.click(By.cssSelector("input[name='postForm:checks:" + row + ":answer'][value='" + passed + "']"));
    }

    private static long id(String sql) throws SQLException {
        try (Connection c = PortalStack.database(PortalStack.current()); PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static String messages(Browser browser) {
        return browser.text("messagesPanel");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.element(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void assertNoInjectedScript(Browser browser) {
        List<?> injected = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('script')).filter(e => e.textContent.includes('alert(1)'))"
                        + ".map(e => e.outerHTML);");
        assertEquals(List.of(), injected);
    }
}
