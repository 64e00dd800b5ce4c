package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two administrators edit the same department: the second save is refused with a clear message, keeps
 * what the user typed, and the first change stands.
 */
@ExtendWith(PortalStack.class)
class ConcurrentEditIT {

    private static void openEditor(Browser browser, String code) {
        browser.open("/staff/departments.xhtml");
        var rows = browser.driver().findElements(By.cssSelector("#departmentsForm\\:departments_data > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElement(By.cssSelector("td")).getText().strip().equals(code)) {
                browser.click(By.id("departmentsForm:departments:" + i + ":edit"));
                return;
            }
        }
        throw new AssertionError("department " + code + " not listed");
    }

    private static void rename(Browser browser, String name) {
        WebElement field = browser.element(By.id("departmentDialogForm:nameEn"));
        field.clear();
        field.sendKeys(name);
        browser.click(By.id("departmentDialogForm:save"));
    }

    @Test
    void secondSaveOfAStaleRecordIsRefusedAndInputKept() throws Exception {
        StackSettings stack = PortalStack.current();
        try (Browser first = new Browser(stack.portalUrl()); Browser second = new Browser(stack.portalUrl())) {
            first.signIn("admin-demo");
            second.signIn("admin-demo");
            openEditor(first, "510");
            openEditor(second, "510");
            rename(first, "Tourism Division");
            rename(second, "Tourism and Sightseeing Division");

            String message = second.text("departmentDialogForm:dialogMessages");
            assertTrue(message.contains("他の利用者がこのデータを先に更新しました"), message);
            assertEquals("Tourism and Sightseeing Division",
                    second.element(By.id("departmentDialogForm:nameEn")).getAttribute("value"), "input kept");
            second.assertAccessible();
        }
        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("SELECT name_en FROM department WHERE code = '510'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals("Tourism Division", rs.getString(1), "the first save stands");
        }
    }

    @Test
    void invalidInputIsRefusedWithAMessageInJapanese() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("admin-demo");
            browser.open("/staff/departments.xhtml");
            browser.click(By.id("departmentsForm:newDepartment"));
            browser.element(By.id("departmentDialogForm:code")).sendKeys("12");
            browser.element(By.id("departmentDialogForm:name")).sendKeys("<script>alert(1)</script>課");
            browser.click(By.id("departmentDialogForm:save"));
            String message = browser.text("departmentDialogForm:dialogMessages");
            assertTrue(message.contains("半角英数字3〜10文字で入力してください。"), message);
            assertEquals("<script>alert(1)</script>課",
                    browser.element(By.id("departmentDialogForm:name")).getAttribute("value"), "input kept");

            // A code that already exists.
            WebElement code = browser.element(By.id("departmentDialogForm:code"));
            code.clear();
            code.sendKeys("110");
            browser.click(By.id("departmentDialogForm:save"));
            assertTrue(browser.text("departmentDialogForm:dialogMessages").contains("組織コード「110」は既に使われています。"),
                    browser.text("departmentDialogForm:dialogMessages"));
        }
    }
}
