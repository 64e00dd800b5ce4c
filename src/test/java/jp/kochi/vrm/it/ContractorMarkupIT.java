package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kochi.vrm.contractor.CorporateNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Markup typed into any text field of the contractor register and vetting is stored and shown as text:
 * no script runs, no element is injected, on the page that shows it and on the list.
 */
@ExtendWith(PortalStack.class)
class ContractorMarkupIT {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Test
    void markupInEveryTextFieldIsShownAsText() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            ContractorScreens screens = new ContractorScreens(browser);
            screens.startRegistration(SCRIPT + "株式会社", "マークアップ", CorporateNumber.withCheckDigit("490123450003"),
                    false, IMG + "高知市", SCRIPT + "代表");
            screens.contact(0, IMG, SCRIPT, null, null);
            Long id = screens.save();
            assertNotNull(id, screens.messages());
            assertShownAsText(browser);
            assertEquals(SCRIPT + "株式会社", browser.heading());
            String page = browser.driver().findElement(By.id("contractorView")).getText();
            assertTrue(page.contains(IMG + "高知市"), page);
            assertTrue(page.contains(SCRIPT + "代表"), page);

            screens.type("statusForm:statusReason", SCRIPT);
            screens.startVetting(IMG + "業務", "1", false, false);
            for (int i = 0; i < screens.answerRows(); i++) {
                screens.answer(i, "YES");
                screens.comment(i, SCRIPT + IMG);
            }
            browser.click(By.id("vettingForm:save"));
            assertTrue(screens.messages().contains("保存しました。"), screens.messages());
            assertEquals(SCRIPT + IMG, screens.value("vettingForm:rows:0:comment"));
            assertShownAsText(browser);

            browser.open("/staff/contractors/list.xhtml?q=" + java.net.URLEncoder.encode("<script>",
                    java.nio.charset.StandardCharsets.UTF_8));
            assertShownAsText(browser);
            assertTrue(browser.driver().findElement(By.id("contractorsForm:contractors")).getText()
                    .contains(SCRIPT + "株式会社"));

            browser.open("/staff/audit/log.xhtml");
            assertEquals("アクセスできません", browser.heading(), "procurement does not read the audit log");
        }
        try (Browser auditor = new Browser(PortalStack.current().portalUrl())) {
            auditor.signIn("auditor-demo");
            auditor.open("/staff/audit/log.xhtml");
            assertShownAsText(auditor);
        }
    }

    private static void assertShownAsText(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script ran on " + browser.currentUrl());
        } catch (NoAlertPresentException expected) {
            // no alert: nothing ran
        }
        // The payloads' own elements; the page's legitimate scripts (PrimeFaces widgets, remote commands) do not count.
        List<?> injected = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(\"img[src='x'], script\"))"
                        + ".filter(e => e.tagName === 'IMG' || e.textContent.includes('alert(1)'))"
                        + ".map(e => e.outerHTML);");
        assertEquals(List.of(), injected, "markup became elements on " + browser.currentUrl());
    }
}
