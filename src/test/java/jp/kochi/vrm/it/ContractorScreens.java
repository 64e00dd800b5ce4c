package jp.kochi.vrm.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What staff do on the contractor register, vetting and checklist pages, in the browser. */
final class ContractorScreens {

    private final Browser browser;

    ContractorScreens(Browser browser) {
        this.browser = browser;
    }

    /** Opens the registration form and fills the register fields (blank values are left empty). */
    void startRegistration(String name, String kana, String corporateNumber, boolean soleProprietor, String address,
            String representative) {
        browser.open("/staff/contractors/edit.xhtml");
        type("contractorForm:name", name);
        type("contractorForm:nameKana", kana);
        type("contractorForm:corporateNumber", corporateNumber);
        if (soleProprietor) {
            browser.click(By.id("contractorForm:soleProprietor"));
        }
        type("contractorForm:address", address);
        type("contractorForm:representative", representative);
    }

    void contact(int index, String name, String department, String email, String phone) {
        type("contractorForm:contacts:" + index + ":contactName", name);
        type("contractorForm:contacts:" + index + ":contactDepartment", department);
        type("contractorForm:contacts:" + index + ":contactEmail", email);
        type("contractorForm:contacts:" + index + ":contactPhone", phone);
    }

    /** Saves the form; returns the new contractor's id when the portal moved on to its page, else null. */
    Long save() {
        browser.click(By.id("contractorForm:save"));
        waitUntilNotOn("/edit.xhtml");
        String url = browser.currentUrl();
        if (!url.contains("/staff/contractors/view.xhtml")) {
            return null;
        }
        return Long.valueOf(url.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    }

    private void waitUntilNotOn(String page) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !d.getCurrentUrl().contains(page));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // refused: the form stays with its messages
        }
        browser.waitForAjax();
    }

    void openContractor(long id) {
        browser.open("/staff/contractors/view.xhtml?id=" + id);
    }

    /** From a contractor's page: starts a vetting; returns its id. */
    long startVetting(String work, String levelCode, boolean personal, boolean myNumber) {
        type("startVettingForm:work", work);
        new org.openqa.selenium.support.ui.Select(browser.element(By.id("startVettingForm:level"))).selectByValue(levelCode);
        if (personal) {
            browser.click(By.id("startVettingForm:personal"));
        }
        if (myNumber) {
            browser.click(By.id("startVettingForm:myNumber"));
        }
        browser.click(By.id("startVettingForm:startVetting"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/vetting.xhtml"));
        browser.waitForAjax();
        return Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    }

    void openVetting(long id) {
        browser.open("/staff/contractors/vetting.xhtml?id=" + id);
    }

    int answerRows() {
        return browser.driver().findElements(By.cssSelector("#answers > tbody > tr")).size();
    }

    /** Answers row {@code index} (0-based) with YES, PARTIAL, NO or NOT_APPLICABLE. */
    void answer(int index, String answer) {
        browser.element(By.cssSelector("input[name='vettingForm:rows:" + index + ":answer'][value='" + answer + "']"))
                .click();
    }

    void comment(int index, String text) {
        type("vettingForm:rows:" + index + ":comment", text);
    }

    void submitVetting() {
        browser.click(By.id("vettingForm:submit"));
    }

    void decide(String button, String reason) {
        type("decisionForm:decisionReason", reason);
        browser.click(By.id("decisionForm:" + button));
    }

    String vettingStatus() {
        return browser.text("vettingStatus");
    }

    String messages() {
        return browser.text("messagesPanel");
    }

    boolean present(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    void type(String id, String text) {
        if (text == null) {
            return;
        }
        WebElement input = browser.element(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    String value(String id) {
        return browser.element(By.id(id)).getAttribute("value");
    }
}
