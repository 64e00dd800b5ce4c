package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Procurement registers a standard-terms service (markup in its text fields), a level-2 use is refused with the
 * reason and what would allow it, a level-1 use is requested, and a security officer approves it.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class ExternalServiceJourneyIT {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    @Test
    void standardTermsServiceRefusesLevelTwoAndAnOfficerApprovesLevelOne() {
        LocalDate today = PortalStack.today();
        String name = SCRIPT + "ファイル共有" + System.nanoTime();
        String serviceUrl;
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/services/edit.xhtml");
            browser.assertAccessible();
            type(browser, "serviceForm:name", name);
            type(browser, "serviceForm:providerName", IMG + "提供会社");
            new Select(browser.element(By.id("serviceForm:department"))).selectByVisibleText("120 情報政策課");
            type(browser, "serviceForm:responsible", SCRIPT + "課長");
            type(browser, "serviceForm:regions", IMG);
            type(browser, "serviceForm:notes", SCRIPT + "\n2行目");
            type(browser, "serviceForm:reviewDate", DATE.format(today.minusDays(1)));
            browser.click(By.id("serviceForm:save"));
            assertTrue(messages(browser).contains("次回見直し日に過去の日付は指定できません。"), messages(browser));
            assertEquals(name, browser.element(By.id("serviceForm:name")).getAttribute("value"), "nothing typed is lost");

            type(browser, "serviceForm:reviewDate", DATE.format(today.plusMonths(6)));
            browser.click(By.id("serviceForm:save"));
            assertTrue(messages(browser).contains("保存しました。"), messages(browser));
            assertEquals(name, browser.heading());
            assertEquals("自治体機密性1", browser.text("ceilingLevel"));
            assertTrue(browser.text("ceilingReasons").contains("約款型のサービスのため、自治体機密性1まで。"),
                    browser.text("ceilingReasons"));
            String facts = browser.text("serviceView");
            assertTrue(facts.contains(IMG + "提供会社") && facts.contains(SCRIPT + "課長"), facts);
            assertShownAsText(browser);
            browser.assertAccessible();
            serviceUrl = browser.currentUrl();

            browser.click(By.id("serviceActions:requestUsage"));
            assertEquals("外部サービスの利用申請", browser.heading());
            new Select(browser.element(By.id("requestForm:department"))).selectByVisibleText("120 情報政策課");
            type(browser, "requestForm:purpose", "職員名簿の共有" + SCRIPT);
            new Select(browser.element(By.id("requestForm:level"))).selectByValue("2");
            browser.click(By.id("requestForm:submit"));
            String refused = messages(browser);
            assertTrue(refused.contains("自治体機密性1までの情報しか置けないため、自治体機密性2の情報を扱う利用は申請できません。"),
                    refused);
            assertTrue(browser.text("refusalReasons").contains("約款型のサービスのため"), browser.text("refusalReasons"));
            String remedies = browser.text("remedies");
            assertTrue(remedies.contains("個別契約を締結し、ISMAP-LIU") && remedies.contains("約款型のままでは、例外承認でも"),
                    remedies);
            assertFalse(remedies.contains("例外承認を依頼する"), "no exception lifts a standard-terms service: " + remedies);
            assertEquals("職員名簿の共有" + SCRIPT, browser.element(By.id("requestForm:purpose")).getAttribute("value"));
            assertShownAsText(browser);
            browser.assertAccessible();

            type(browser, "requestForm:purpose", "公開資料の配布");
            new Select(browser.element(By.id("requestForm:level"))).selectByValue("1");
            browser.click(By.id("requestForm:submit"));
            assertTrue(messages(browser).contains("利用申請を受け付けました。"), messages(browser));
            assertEquals(name, browser.heading());
            List<WebElement> rows = usageRows(browser);
            assertEquals(1, rows.size(), "only the level-1 request is recorded");
            assertTrue(rows.get(0).getText().contains("承認待ち"), rows.get(0).getText());
            assertTrue(browser.driver().findElements(By.id("usagesForm:usages:0:approve")).isEmpty(),
                    "procurement cannot approve");
        }

        try (Browser officer = new Browser(PortalStack.current().portalUrl())) {
            officer.signIn("security-demo");
            officer.driver().get(serviceUrl);
            officer.waitForAjax();
            officer.click(By.id("usagesForm:usages:0:approve"));
            assertTrue(messages(officer).contains("利用を承認しました。"), messages(officer));
            String row = usageRows(officer).get(0).getText();
            assertTrue(row.contains("承認済み") && row.contains(DATE.format(today.plusYears(1))), row);
            assertTrue(row.contains("判断者: security-demo"), row);
            officer.assertAccessible();

            Matcher id = Pattern.compile("id=(\\d+)").matcher(serviceUrl);
            assertTrue(id.find(), serviceUrl);
            officer.open("/staff/services/usages.xhtml?status=APPROVED");
            assertTrue(officer.text("usagesForm:table").contains("公開資料の配布"), officer.text("usagesForm:table"));
            officer.assertAccessible();
            officer.open("/staff/audit/log.xhtml");
            String log = officer.text("main");
            assertTrue(log.contains("外部サービスの利用") && log.contains("外部サービス"), "the changes are audited");
        }
    }

    @Test
    void missingAndMalformedIdsAreAnsweredWithAMessage() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("security-demo");
            for (String path : List.of("/staff/services/view.xhtml?id=99999999", "/staff/services/view.xhtml?id=x%3Cb%3E",
                    "/staff/services/request.xhtml?service=99999999", "/staff/services/edit.xhtml?id=abc",
                    "/staff/services/usages.xhtml?status=NOPE")) {
                browser.open(path);
                String page = browser.text("main");
                assertFalse(page.contains("Exception") || page.contains("500"), path + ": " + page);
                assertTrue(page.contains("見つかりません") || page.contains("正しくありません"), path + ": " + page);
            }
        }
    }

    private static List<WebElement> usageRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='usagesForm:usages_data'] > tr"));
    }

    private static String messages(Browser browser) {
        return browser.text("messagesPanel");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.element(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void assertShownAsText(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script ran on " + browser.currentUrl());
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        List<?> injected = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(\"img[src='x'], script\"))"
                        + ".filter(e => e.tagName === 'IMG' || e.textContent.includes('alert(1)'))"
                        + ".map(e => e.outerHTML);");
        assertEquals(List.of(), injected, "markup became elements on " + browser.currentUrl());
    }
}
