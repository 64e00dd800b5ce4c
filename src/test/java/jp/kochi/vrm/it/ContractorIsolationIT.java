package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Contractor B (contractor-demo-b, 有限会社はりまや印刷) tries contractor A's (株式会社高知データサービス) records on
 * every page and endpoint of the contractor portal that takes a record id, and gets exactly the answer a record that
 * does not exist gets: the obligation page, a file download, and handing in evidence.
 */
@ExtendWith(PortalStack.class)
class ContractorIsolationIT {

    private static final long MISSING = 987_654_321L;

    @Test
    void anotherContractorsObligationPageReadsLikeAMissingOne() throws Exception {
        long foreign = firstId("SELECT o.id FROM obligation o JOIN contract c ON c.id = o.contract_id "
                + "JOIN contractor k ON k.id = c.contractor_id WHERE k.name = '株式会社高知データサービス' ORDER BY o.id");
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("contractor-demo-b");
            String home = browser.text("contracts");
            assertTrue(home.contains("広報紙「あかるいまち」印刷業務"), home);
            assertFalse(home.contains("住民税課税資料データ入力業務委託"), home);

            browser.open("/portal/obligation.xhtml?id=" + foreign);
            String foreignPage = browser.text("main");
            browser.open("/portal/obligation.xhtml?id=" + MISSING);
            String missingPage = browser.text("main");
            assertEquals(missingPage, foreignPage);
            assertTrue(missingPage.contains("指定された提出義務は見つかりません。"), missingPage);
        }
    }

    @Test
    void anotherContractorsFileDownloadsLikeAMissingOne() throws Exception {
        long foreignFile = firstId("SELECT f.evidence_file_id FROM evidence_submission_file f "
                + "JOIN evidence_submission s ON s.id = f.submission_id JOIN obligation o ON o.id = s.obligation_id "
                + "JOIN contract c ON c.id = o.contract_id JOIN contractor k ON k.id = c.contractor_id "
                + "WHERE k.name = '株式会社高知データサービス' ORDER BY f.evidence_file_id");
        String base = PortalStack.current().portalUrl() + "/portal/files/";
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("contractor-demo-b");
            HttpResponse<byte[]> foreign = browser.fetch(base + foreignFile);
            HttpResponse<byte[]> missing = browser.fetch(base + MISSING);
            assertEquals(404, foreign.statusCode());
            assertEquals(missing.statusCode(), foreign.statusCode());
            // The same page, apart from the id it echoes in the address and the random id of its view state.
            assertEquals(comparable(missing.body(), MISSING), comparable(foreign.body(), foreignFile));
            assertEquals(missing.headers().firstValue("Content-Type"), foreign.headers().firstValue("Content-Type"));
        }
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("contractor-demo");
            assertEquals(200, browser.fetch(base + foreignFile).statusCode(), "the owner can download it");
        }
    }

    @Test
    void handingInForAnotherContractorsObligationIsRefusedLikeAMissingOne() throws Exception {
        StackSettings stack = PortalStack.current();
        long foreign = firstId("SELECT o.id FROM obligation o JOIN contract c ON c.id = o.contract_id "
                + "JOIN contractor k ON k.id = c.contractor_id WHERE k.name = '株式会社高知データサービス' "
                + "AND o.status IN ('OPEN', 'RETURNED') ORDER BY o.id DESC");
        long own = firstId("SELECT o.id FROM obligation o JOIN contract c ON c.id = o.contract_id "
                + "JOIN contractor k ON k.id = c.contractor_id WHERE k.name = '有限会社はりまや印刷' "
                + "AND o.status IN ('OPEN', 'RETURNED') ORDER BY o.id");
        long before = count("SELECT COUNT(*) FROM evidence_submission WHERE obligation_id = " + foreign);
        Path pdf = Files.write(Files.createTempDirectory("vrm-isolation-").resolve("削除証明書.pdf"), EvidenceUploadIT.PDF);
        String[] answers = new String[2];
        long[] targets = {foreign, MISSING};
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo-b");
            for (int i = 0; i < 2; i++) {
                // B's own form, posted with another id: the page's id parameter is what a forged request would change.
                browser.open("/portal/obligation.xhtml?id=" + own);
                ((JavascriptExecutor) browser.driver()).executeScript("var i = document.createElement('input');"
                        + "i.type = 'hidden'; i.name = 'id'; i.value = arguments[0];"
                        + "document.getElementById('submitForm').appendChild(i);", Long.toString(targets[i]));
                browser.element(By.id("submitForm:files")).sendKeys(pdf.toString());
                browser.click(By.id("submitForm:submit"));
                answers[i] = browser.text("messagesPanel");
            }
        }
        assertEquals(answers[1], answers[0]);
        assertTrue(answers[0].contains("見つかりません"), answers[0]);
        assertEquals(before, count("SELECT COUNT(*) FROM evidence_submission WHERE obligation_id = " + foreign),
                "nothing was handed in for A");
    }

    private static String comparable(byte[] body, long id) {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8)
                .replace("/portal/files/" + id, "/portal/files/ID")
                .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1VIEWSTATE");
    }

    private static long firstId(String sql) throws SQLException {
        try (Connection c = PortalStack.database(PortalStack.current()); PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), "no row for " + sql);
            return rs.getLong(1);
        }
    }

    private static long count(String sql) throws SQLException {
        return firstId(sql);
    }
}
