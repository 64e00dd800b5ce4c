package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Errors at their fields (WCAG 3.3.1 / 3.3.3, JIS X 8341-3): after an invalid submit each invalid field has
 * {@code aria-invalid="true"} and {@code aria-describedby} naming its message, which stands next to it; focus is on
 * the first invalid field; the summary at the top links to it. Shown on the audit log's filter (an ajax form): a
 * date the converter refuses, then a period the server refuses.
 */
@ExtendWith(PortalStack.class)
class FieldErrorsIT {

    private static String active(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement ? document.activeElement.id : null;");
    }

    /** The text of the elements {@code aria-describedby} names. */
    private static String described(Browser browser, WebElement field) {
        StringBuilder text = new StringBuilder();
        for (String id : field.getAttribute("aria-describedby").split("\\s+")) {
            text.append(browser.driver().findElement(By.id(id)).getText()).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void anInvalidFieldIsMarkedDescribedFocusedAndLinkedFromTheSummary() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("auditor-demo");
            browser.open("/staff/audit/log.xhtml");
            WebElement from = browser.element(By.id("auditFilter:from"));
            assertNull(from.getAttribute("aria-invalid"), "valid before any submit");

            from.sendKeys("12月1日");
            browser.click(By.id("auditFilter:apply"));

            from = browser.element(By.id("auditFilter:from"));
            assertEquals("true", from.getAttribute("aria-invalid"));
            assertTrue(described(browser, from).contains("日付は 2026/11/26 の形式で入力してください。"),
                    described(browser, from));
            assertEquals("auditFilter:from", active(browser), "focus on the first invalid field");
            WebElement link = browser.element(By.cssSelector("#messages a[href='#auditFilter%3Afrom']"));
            assertTrue(link.getText().contains("開始日"), link.getText());
            assertNull(browser.element(By.id("auditFilter:to")).getAttribute("aria-invalid"), "only invalid fields");
            browser.assertAccessible();

            from.clear();
            from.sendKeys("2026/12/07");
            browser.element(By.id("auditFilter:to")).sendKeys("2026/12/01");
            browser.click(By.id("auditFilter:apply"));

            WebElement to = browser.element(By.id("auditFilter:to"));
            assertEquals("true", to.getAttribute("aria-invalid"), "a refusal by the server is marked at its field too");
            assertTrue(described(browser, to).contains("終了日は開始日と同じ日かそれより後の日付にしてください。"),
                    described(browser, to));
            assertNull(browser.element(By.id("auditFilter:from")).getAttribute("aria-invalid"), "the fixed field is valid");
            assertEquals("auditFilter:to", active(browser));
            browser.click(By.id("auditFilter:clear"));
            assertNull(browser.element(By.id("auditFilter:to")).getAttribute("aria-invalid"), "cleared with the errors");
            browser.assertAccessible();
            browser.assertNoInternalCodes();
        }
    }
}
