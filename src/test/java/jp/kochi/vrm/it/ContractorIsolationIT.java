package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Contractor B (contractor-demo-b, 有限会社はりまや印刷) hands in evidence for contractor A's
 * (株式会社高知データサービス) obligation with a forged form and gets exactly the answer a record that does not exist
 * gets. Reading A's records by id on every route is {@link RouteMatrixIT}.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class ContractorIsolationIT {

    private static final long MISSING = 987_654_321L;

    @Test
    void theHomePageListsOnlyTheContractorsOwnContracts() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("contractor-demo-b");
            String home = browser.text("contracts");
            assertTrue(home.contains("広報紙「あかるいまち」印刷業務"), home);
            assertTrue(!home.contains("住民税課税資料データ入力業務委託"), home);
        }
    }

    @Test
    void handingInForAnotherContractorsObligationIsRefusedLikeAMissingOne(@TempDir Path dir) throws Exception {
        StackSettings stack = PortalStack.current();
        long foreign = firstId("SELECT o.id FROM obligation o JOIN contract c ON c.id = o.contract_id "
                + "JOIN contractor k ON k.id = c.contractor_id WHERE k.name = '株式会社高知データサービス' "
                + "AND o.status IN ('OPEN', 'RETURNED') ORDER BY o.id DESC");
        long own = firstId("SELECT o.id FROM obligation o JOIN contract c ON c.id = o.contract_id "
                + "JOIN contractor k ON k.id = c.contractor_id WHERE k.name = '有限会社はりまや印刷' "
                + "AND o.status IN ('OPEN', 'RETURNED') ORDER BY o.id");
        long before = count("SELECT COUNT(*) FROM evidence_submission WHERE obligation_id = " + foreign);
        Path pdf = Files.write(dir.resolve("削除証明書.pdf"), EvidenceUploadIT.PDF);
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
