package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two administrators edit the same department: the second save is refused with a clear message, keeps
 * what the user typed, and the first change stands.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class ConcurrentEditIT {

    @Test
    void secondSaveOfAStaleRecordIsRefusedAndInputKept() throws Exception {
        StackSettings stack = PortalStack.current();
        try (Browser first = new Browser(stack.portalUrl()); Browser second = new Browser(stack.portalUrl())) {
            first.signIn("admin-demo");
            second.signIn("admin-demo");
            DepartmentsScreen firstScreen = new DepartmentsScreen(first);
            DepartmentsScreen secondScreen = new DepartmentsScreen(second);
            firstScreen.edit("510");
            assertEquals("所管課の編集", first.text("departmentDialog_title"));
            secondScreen.edit("510");
            firstScreen.type("nameEn", "Tourism Division");
            firstScreen.save();
            secondScreen.type("nameEn", "Tourism and Sightseeing Division");
            secondScreen.save();

            String message = secondScreen.dialogMessages();
            assertTrue(message.contains("他の利用者がこのデータを先に更新しました"), message);
            assertEquals("Tourism and Sightseeing Division", secondScreen.value("nameEn"), "input kept");
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
            DepartmentsScreen screen = new DepartmentsScreen(browser).open();
            browser.click(By.id("departmentsForm:newDepartment"));
            assertEquals("所管課の新規登録", browser.text("departmentDialog_title"));
            screen.type("code", "12");
            screen.type("name", "<script>alert(1)</script>課");
            screen.save();
            String message = screen.dialogMessages();
            assertTrue(message.contains("半角英数字3〜10文字で入力してください。"), message);
            assertEquals("<script>alert(1)</script>課", screen.value("name"), "input kept");

            // A code that already exists.
            screen.type("code", "110");
            screen.save();
            assertTrue(screen.dialogMessages().contains("組織コード「110」は既に使われています。"), screen.dialogMessages());
        }
    }
}
