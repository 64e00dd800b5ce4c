package jp.kochi.vrm.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a user does on the 所管課 page, in the browser: the steps several tests share. */
final class DepartmentsScreen {

    private final Browser browser;

    DepartmentsScreen(Browser browser) {
        this.browser = browser;
    }

    DepartmentsScreen open() {
        browser.open("/staff/departments.xhtml");
        return this;
    }

    void create(String code, String name) {
        open();
        browser.click(By.id("departmentsForm:newDepartment"));
        browser.element(By.id("departmentDialogForm:code")).sendKeys(code);
        browser.element(By.id("departmentDialogForm:name")).sendKeys(name);
        save();
    }

    /** Opens the edit dialog of the department with this organisation code. */
    void edit(String code) {
        open();
        var rows = browser.driver().findElements(By.cssSelector("#departmentsForm\\:departments_data > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElement(By.cssSelector("td")).getText().strip().equals(code)) {
                browser.click(By.id("departmentsForm:departments:" + i + ":edit"));
                return;
            }
        }
        throw new AssertionError("department " + code + " not listed");
    }

    /** Replaces the text of a dialog field ({@code code}, {@code name}, {@code nameEn}). */
    void type(String field, String text) {
        WebElement input = browser.element(By.id("departmentDialogForm:" + field));
        input.clear();
        input.sendKeys(text);
    }

    String value(String field) {
        return browser.element(By.id("departmentDialogForm:" + field)).getAttribute("value");
    }

    void save() {
        browser.click(By.id("departmentDialogForm:save"));
    }

    String dialogMessages() {
        return browser.text("departmentDialogForm:dialogMessages");
    }
}
