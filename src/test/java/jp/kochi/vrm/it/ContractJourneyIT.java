package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import jp.kochi.vrm.devstack.StackSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The contract journey in a real browser through Keycloak: procurement drafts a contract handling personal
 * information at the highest level, is told why a contractor without a matching vetting cannot take it, sees
 * the mandatory clauses, concludes, downloads the annex PDF and finds the obligation schedule.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class ContractJourneyIT {

    @Test
    void procurementDraftsConcludesAndDownloadsTheAnnex() throws Exception {
        StackSettings stack = PortalStack.current();
        long contractId;
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/contracts/edit.xhtml");
            type(browser, "contractForm:number", "IT-2026-情政-101");
            type(browser, "contractForm:title", "税務システム<script>alert(1)</script>データ移行業務 {{契約番号}}");
            new Select(browser.element(By.id("contractForm:department"))).selectByVisibleText("320 税務管理課");
            new Select(browser.element(By.id("contractForm:level"))).selectByValue("3B");
            browser.waitForAjax();
            browser.click(By.id("contractForm:personal"));
            type(browser, "contractForm:periodStart", "2027/04/01");
            type(browser, "contractForm:periodEnd", "2028/03/31");

            // はりまや印刷 was vetted for public information only: the page says why before anything is saved.
            pickContractor(browser, "ハリマヤ");
            String eligibility = browser.text("contractForm:eligibility");
            assertTrue(eligibility.contains("有限会社はりまや印刷 の審査は自治体機密性1までの業務が対象です"), eligibility);
            assertTrue(eligibility.contains("個人情報を取り扱う業務を対象としていません"), eligibility);
            browser.click(By.id("contractForm:save"));
            assertTrue(messages(browser).contains("自治体機密性1までの業務が対象です"), messages(browser));
            assertTrue(browser.currentUrl().contains("/edit.xhtml"), "refused: still on the form");
            assertEquals("IT-2026-情政-101", browser.element(By.id("contractForm:number")).getAttribute("value"), "input kept");
            browser.assertAccessible();

            pickContractor(browser, "コウチデータ");
            assertEquals("", browser.text("contractForm:eligibility"));
            browser.click(By.id("contractForm:save"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/view.xhtml"));
            browser.waitForAjax();
            contractId = Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
            assertEquals("起案", browser.text("status"));

            String clauses = browser.text("clausesForm:clauses");
            for (String code : List.of("SEC-01", "SEC-09", "SEC-16", "PI-01", "PI-12")) {
                assertTrue(clauses.contains(code), code + " in " + clauses);
            }
            assertTrue(clauses.contains("自治体機密性3B以上"), "the reason a clause is mandatory is shown");
            assertTrue(clauses.contains("個人情報を取り扱う"));
            assertFalse(clauses.contains("MN-01"), "no My Number work");
            assertTrue(browser.text("obligationsForm").contains("締結すると"));
            browser.assertAccessible();

            browser.click(By.id("lifecycleForm:conclude"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "締結".equals(d.findElement(By.id("status")).getText().strip()));
            browser.waitForAjax();
            String schedule = browser.text("obligationsForm:obligations");
            assertTrue(schedule.contains("情報管理計画書"), schedule);
            assertTrue(schedule.contains("2027/03/18"), "14 days before the start: " + schedule);
            assertTrue(schedule.contains("削除証明書"), schedule);
            assertTrue(browser.text("matrix").contains("SEC-09"), browser.text("matrix"));
            assertTrue(browser.text("annexForm:annexVersions").contains("第1版"));
            assertFalse(browser.element(By.id("clausesForm")).getText().contains("除外を申請"), "clauses are fixed now");
            browser.assertAccessible();

            String href = browser.element(By.id("annexForm:downloadAnnex")).getAttribute("href");
            HttpResponse<byte[]> pdf = browser.fetch(href);
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("情報セキュリティに関する特記事項"), text);
                assertTrue(text.contains("個人情報取扱特記事項"), text);
                assertTrue(text.contains("株式会社高知データサービス"), text);
                assertTrue(text.contains("<script>alert(1)</script>"), "markup printed literally");
                assertTrue(text.contains("{{契約番号}}"), "template syntax in a field printed literally");
                assertFalse(text.replace("{{契約番号}}", "").contains("{{"), "every placeholder filled");
                assertTrue(text.contains("第1条"), text);
            }
        }

        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("SELECT c.status, c.concluded_by, "
                        + "(SELECT COUNT(*) FROM obligation o WHERE o.contract_id = c.id), "
                        + "(SELECT COUNT(*) FROM annex_version a WHERE a.contract_id = c.id), "
                        + "(SELECT COUNT(*) FROM audit_entry e WHERE e.record_type = 'Contract' AND e.record_id = c.contract_number) "
                        + "FROM contract c WHERE c.id = ?")) {
            ps.setLong(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("CONCLUDED", rs.getString(1));
                assertEquals("procurement-demo", rs.getString(2));
                assertTrue(rs.getLong(3) >= 7, "obligations: " + rs.getLong(3));
                assertEquals(1, rs.getLong(4));
                assertTrue(rs.getLong(5) >= 2, "created and concluded are in the audit log");
            }
        }
    }

    @Test
    void evidenceForAnObligationIsCheckedByContentThenReviewedByAnotherPerson(@TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path script = dir.resolve("情報管理計画書.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.getDocumentCatalog().setOpenAction(
                    new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)"));
            doc.save(script.toFile());
        }
        java.nio.file.Path plan = java.nio.file.Files.write(dir.resolve("計画書.pdf"), EvidenceUploadIT.PDF);
        StackSettings stack = PortalStack.current();
        String obligationUrl;
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("procurement-demo");
            openContract(browser, "住民税課税資料データ入力業務委託");
            // The last obligation still waiting for evidence (the contractor portal test takes the first one).
            browser.click(By.xpath("(//tr[td[5]//span[normalize-space()='提出待ち']])[last()]//a[contains(@id, 'openObligation')]"));
            obligationUrl = browser.currentUrl();
            assertTrue(browser.text("noSubmissions").contains("まだ提出はありません"));
            browser.element(By.id("recordForm:files")).sendKeys(script.toString());
            browser.click(By.id("recordForm:record"));
            assertTrue(messages(browser).contains("「情報管理計画書.pdf」：JavaScriptを含むPDFは登録できません。"), messages(browser));
            browser.element(By.id("recordForm:files")).sendKeys(plan.toString());
            browser.element(By.id("recordForm:comment")).sendKeys("郵送で受領（原本は契約課で保管）");
            browser.click(By.id("recordForm:record"));
            assertTrue(messages(browser).contains("提出しました（第1版）"), messages(browser));
            assertEquals("審査中", browser.text("obligationStatus"));
            String history = browser.text("submissions");
            assertTrue(history.contains("計画書.pdf") && history.contains("郵送で受領") && history.contains("市職員が受付"), history);
            assertTrue(browser.driver().findElements(By.id("reviewForm:accept")).isEmpty(), "the submitter cannot accept it");
            assertTrue(browser.text("ownSubmission").contains("二者確認"));
            browser.assertAccessible();
        }
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("security-demo");
            browser.driver().get(obligationUrl);
            browser.element(By.id("reviewForm:reviewNote")).sendKeys("計画書の内容を確認した。");
            browser.click(By.id("reviewForm:accept"));
            assertTrue(messages(browser).contains("承認しました。"), messages(browser));
            assertEquals("承認", browser.text("obligationStatus"));
            assertTrue(browser.text("submissions").contains("計画書の内容を確認した。"));
            assertTrue(browser.driver().findElements(By.id("recordForm:record")).isEmpty(), "accepted: nothing more to record");
        }
    }

    @Test
    void aMandatoryClauseLeavesOnlyWithAnotherPersonsApproval() {
        StackSettings stack = PortalStack.current();
        try (Browser browser = new Browser(stack.portalUrl())) {
            // The demo draft 住民記録システム運用保守業務委託 has a removal of SEC-03 requested by procurement-demo.
            browser.signIn("security-demo");
            openContract(browser, "住民記録システム運用保守業務委託");
            String clauses = browser.text("clausesForm:clauses");
            assertTrue(clauses.contains("除外承認待ち"), clauses);
            WebElement note = browser.element(By.cssSelector("input[id$=':decisionNote']"));
            note.sendKeys("保守SLA契約の写しで可用性の要件を確認した。");
            browser.click(By.cssSelector("button[id$=':approveRemoval']"));
            assertTrue(messages(browser).contains("条項の除外を承認しました。"), messages(browser));
            assertTrue(browser.text("clausesForm:clauses").contains("除外承認済み"));
            browser.assertAccessible();
        }
    }

    @Test
    void endedContractCannotCloseWithoutTheDeletionCertificate() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            openContract(browser, "広報紙「あかるいまち」印刷業務");
            assertEquals("終了", browser.text("status"));
            browser.click(By.id("lifecycleForm:close"));
            assertTrue(messages(browser).contains("契約終了時の証跡が受理されていないため完了にできません: 削除証明書"),
                    messages(browser));
            assertEquals("終了", browser.text("status"));
        }
    }

    @Test
    void securityOfficerRevisesAClauseAsANewVersion() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("security-demo");
            browser.open("/staff/clauses/list.xhtml");
            assertTrue(browser.text("clauses").contains("自治体機密性3B以上"), "rules are readable");
            browser.assertAccessible();
            browser.click(By.linkText("SEC-19"));
            assertTrue(browser.heading().startsWith("SEC-19"));
            browser.click(By.id("reviseForm:startRevision"));
            WebElement body = browser.element(By.id("reviseForm:body"));
            String original = body.getAttribute("value");
            body.clear();
            body.sendKeys("{{受託者}}は成果物の検査を受けなければならない。");
            type(browser, "reviseForm:changeNote", "文言の明確化");
            browser.click(By.id("reviseForm:saveRevision"));
            assertTrue(messages(browser).contains("本文に使えない差し込み項目があります: {{受託者}}"), messages(browser));
            assertEquals("{{受託者}}は成果物の検査を受けなければならない。",
                    browser.element(By.id("reviseForm:body")).getAttribute("value"), "input kept");
            browser.assertAccessible();

            WebElement again = browser.element(By.id("reviseForm:body"));
            again.clear();
            again.sendKeys(original + "\n{{受託者名}}は、検査に合格しなかった成果物を直ちに修補しなければならない。");
            browser.click(By.id("reviseForm:saveRevision"));
            assertTrue(messages(browser).contains("第2版として保存しました。"), messages(browser));
            assertTrue(browser.text("clauseText").contains("直ちに修補しなければならない"), browser.text("clauseText"));
            String versions = browser.text("versions");
            assertTrue(versions.contains("第2版") && versions.contains("第1版") && versions.contains("security-demo"), versions);
        }
    }

    @Test
    void procurementCannotReviseClauses() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/clauses/view.xhtml?id=1");
            assertTrue(browser.driver().findElements(By.id("reviseForm")).isEmpty());
        }
    }

    private static void openContract(Browser browser, String title) {
        browser.open("/staff/contracts/list.xhtml");
        browser.click(By.xpath("//tr[td[normalize-space()='" + title + "']]//a"));
    }

    private static void pickContractor(Browser browser, String text) {
        WebElement input = browser.element(By.id("contractForm:contractor_input"));
        input.clear();
        input.sendKeys(text);
        browser.click(By.cssSelector("#contractForm\\:contractor_panel li"));
        browser.waitForAjax();
    }

    private static void type(Browser browser, String id, String value) {
        WebElement e = browser.element(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private static String messages(Browser browser) {
        return browser.text("messagesPanel");
    }
}
