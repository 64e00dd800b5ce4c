package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shell as a user meets it: name and role in the header, home counts, language switch, sign-out. */
@ExtendWith(PortalStack.class)
class ShellIT {

    private static StackSettings stack;

    @BeforeAll
    static void stack() {
        stack = PortalStack.current();
    }

    @Test
    void staffHomeShowsNameRoleAndRealCounts() throws Exception {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("procurement-demo");
            assertTrue(browser.currentUrl().endsWith("/staff/home.xhtml"), browser.currentUrl());
            assertEquals("調達 花子", browser.text("user-name"));
            assertEquals("調達・契約担当", browser.text("user-roles"));
            assertEquals(Long.toString(activeDepartments()), browser.text("count-departments"));
            assertTrue(Long.parseLong(browser.text("count-signins")) >= 1);
            // The procurement menu does not offer the audit log.
            assertTrue(browser.driver().findElements(By.id("menu-audit")).isEmpty());
            browser.screenshot(Path.of("target/screenshots/staff-home-ja.png"));
        }
    }

    private static long activeDepartments() throws java.sql.SQLException {
        try (var c = PortalStack.database(stack); var st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM department WHERE active = TRUE")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void contractorHomeShowsItsOwnContractorOnly() {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            assertTrue(browser.currentUrl().endsWith("/portal/home.xhtml"), browser.currentUrl());
            assertEquals("株式会社高知データサービス", browser.text("contractor-name"));
            assertTrue(browser.driver().findElements(By.id("menu-departments")).isEmpty());
        }
    }

    @Test
    void languageSwitchesToEnglishAndBack() throws Exception {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("auditor-demo");
            browser.open("/staff/audit/log.xhtml");
            assertEquals("監査ログ", browser.heading());
            browser.click(By.id("languageForm:switchLanguage"));
            assertEquals("Audit log", browser.heading());
            assertEquals("Auditor", browser.text("user-roles"));
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            browser.assertAccessible();
            browser.screenshot(Path.of("target/screenshots/audit-log-en.png"));
            browser.click(By.id("languageForm:switchLanguage"));
            assertEquals("監査ログ", browser.heading());
        }
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("security-demo");
            browser.click(By.id("signOutForm:signOut"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().startsWith(stack.portalUrl() + "/index.xhtml"));
            assertEquals("サインイン", browser.text("signIn"));
            // Signing in again must ask for the password: single sign-on ended as well.
            browser.open("/staff/home.xhtml");
            assertTrue(browser.currentUrl().startsWith(stack.realmUrl()), browser.currentUrl());
            assertTrue(browser.element(By.id("password")).isDisplayed());
        }
    }
}
