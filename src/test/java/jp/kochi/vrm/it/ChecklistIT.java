package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The selection checklist is versioned reference data: the security officer publishes a new version from the
 * current one; a refused edit keeps the draft; procurement reads it and cannot edit.
 */
@ExtendWith(PortalStack.class)
class ChecklistIT {

    @Test
    void securityOfficerPublishesANewVersionAndProcurementOnlyReads() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/checklist.xhtml");
            assertTrue(browser.driver().findElements(By.id("checklistForm:edit")).isEmpty(), "procurement cannot edit");
        }
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("security-demo");
            browser.open("/staff/checklist.xhtml");
            String current = browser.driver().findElement(By.cssSelector("#checklistForm h2")).getText();
            int version = Integer.parseInt(current.replaceAll("\\D", ""));
            browser.click(By.id("checklistForm:edit"));

            var text = browser.element(By.id("checklistForm:draftRows:0:text"));
            text.sendKeys("（年1回以上見直している）");
            browser.click(By.id("checklistForm:addItem"));
            int added = browser.driver().findElements(By.cssSelector("#draftItems > tbody > tr")).size() - 1;
            browser.element(By.id("checklistForm:draftRows:" + added + ":code")).sendKeys("RULES");
            browser.element(By.id("checklistForm:draftRows:" + added + ":text")).sendKeys("重複したコードの項目");
            browser.element(By.id("checklistForm:note")).sendKeys("内部規程の項目に見直しを追加");
            browser.click(By.id("checklistForm:publish"));
            assertTrue(browser.text("messagesPanel").contains("コード「RULES」が重複しています。"),
                    browser.text("messagesPanel"));
            assertTrue(browser.element(By.id("checklistForm:draftRows:0:text")).getAttribute("value")
                    .endsWith("（年1回以上見直している）"), "draft kept");

            browser.click(By.id("checklistForm:draftRows:" + added + ":remove"));
            browser.click(By.id("checklistForm:publish"));
            assertTrue(browser.text("messagesPanel").contains("第" + (version + 1) + "版を公開しました。"),
                    browser.text("messagesPanel"));
            assertEquals("現行版（第" + (version + 1) + "版）",
                    browser.driver().findElement(By.cssSelector("#checklistForm h2")).getText());
            assertTrue(browser.text("checklistForm:items").contains("（年1回以上見直している）"));
            assertTrue(browser.text("checklistForm:versions").contains("内部規程の項目に見直しを追加"));
            browser.assertAccessible();
        }
    }
}
