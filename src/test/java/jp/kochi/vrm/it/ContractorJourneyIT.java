package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The selection journey in Japanese, in a real browser through Keycloak: procurement registers a contractor
 * and submits a vetting, a security officer approves it; the submitter can never approve their own.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class ContractorJourneyIT {

    @Test
    void aPublicBodysCorporateNumberIsWarnedAboutButSaved() throws Exception {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            ContractorScreens screens = new ContractorScreens(browser);
            // 高知市's own 法人番号 (000020 + its 全国地方公共団体コード 392014).
            screens.startRegistration("高知市（入力誤り）", "コウチシ", "7000020392014", false, "高知県高知市本町5丁目1-45",
                    "市長");
            String warning = "法人番号 7000020392014 は国の機関または地方公共団体の法人番号です。";
            assertTrue(browser.text("contractorForm:corporateNumberWarning").contains(warning),
                    "beside the field before saving: " + browser.text("contractorForm:corporateNumberWarning"));
            Long saved = screens.save();
            assertNotNull(saved, "a warning, not a refusal: " + screens.messages());
            assertTrue(screens.messages().contains(warning), screens.messages());
            assertTrue(screens.messages().contains("このまま保存することもできます"), screens.messages());
        }
    }

    @Test
    void procurementRegistersAndSubmitsAndSecurityOfficerApproves() throws Exception {
        StackSettings stack = PortalStack.current();
        String number = CorporateNumber.withCheckDigit("490123450001");
        String wrongCheckDigit = ((number.charAt(0) - '0') % 9 + 1) + number.substring(1);
        long contractorId;
        long vettingId;
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("procurement-demo");
            ContractorScreens screens = new ContractorScreens(browser);

            screens.startRegistration("株式会社ジャーニー高知", "じゃーにーこうち", wrongCheckDigit, false,
                    "高知県高知市本町5丁目1-45", "代表取締役 高知 一郎");
            screens.contact(0, "土佐 花子", "公共営業部", "hanako@example.jp", "088-822-8111");
            assertNull(screens.save(), "a wrong check digit is refused");
            assertTrue(screens.messages().contains("法人番号のチェックディジット（先頭の1桁）が正しくありません。"),
                    screens.messages());
            assertEquals(wrongCheckDigit, screens.value("contractorForm:corporateNumber"), "input kept");
            assertEquals("土佐 花子", screens.value("contractorForm:contacts:0:contactName"), "input kept");
            browser.assertAccessible();

            String fullWidth = number.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                    .reduce("", String::concat);
            screens.type("contractorForm:corporateNumber", fullWidth);
            Long saved = screens.save();
            assertNotNull(saved, "saved with the full-width number: " + screens.messages());
            contractorId = saved;
            assertEquals("株式会社ジャーニー高知", browser.heading());
            assertEquals("ジャーニーコウチ", browser.text("kana"), "hiragana stored as katakana");
            assertEquals(number, browser.text("corporateNumber"), "full-width digits normalised");
            assertEquals("候補", browser.text("status"));

            vettingId = screens.startVetting("窓口受付システムの運用保守", "2", true, false);
            assertEquals("作成中", screens.vettingStatus());
            assertEquals(8, screens.answerRows(), "no My Number items for this work");
            screens.submitVetting();
            // The first question's wording depends on the checklist version in force (ChecklistIT publishes one).
            assertTrue(screens.messages().contains("回答していない項目があります: 「情報セキュリティに関する内部規程（基本方針・対策基準等）を定め、運用している")
                    && screens.messages().contains("「従業者に対する情報セキュリティ教育を定期的に実施している」"), screens.messages());
            assertFalse(screens.messages().contains("RULES"), "items are named by their question, not their code");
            for (int i = 0; i < 8; i++) {
                screens.answer(i, "YES");
            }
            screens.answer(4, "PARTIAL");
            screens.comment(4, "外部監査は未実施。内部監査の記録を確認。");
            screens.submitVetting();
            assertEquals("承認待ち", screens.vettingStatus(), screens.messages());
            assertEquals("高", browser.text("assessedTier"), "confidentiality 2 is medium, one gap raises it");
            assertTrue(browser.text("tierReasons").contains("取り扱う情報: 自治体機密性2"), browser.text("tierReasons"));
            assertTrue(browser.text("tierReasons").contains("「情報セキュリティ監査（内部・外部）の実施実績がある」")
                    && !browser.text("tierReasons").contains("AUDIT"), "the gap named by its question: "
                    + browser.text("tierReasons"));
            assertFalse(screens.present("decisionForm"), "procurement cannot decide");
            browser.assertAccessible();
        }

        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("security-demo");
            ContractorScreens screens = new ContractorScreens(browser);
            screens.openVetting(vettingId);
            assertEquals("procurement-demo", browser.text("submittedBy").split(" ")[0]);
            assertFalse(screens.present("decisionForm:ownSubmission"));
            screens.decide("approve", "ISMS 認証と内部監査の記録を確認した。");
            assertEquals("承認", screens.vettingStatus(), screens.messages());
            assertTrue(browser.text("decidedBy").startsWith("security-demo"));
            browser.assertAccessible();

            screens.openContractor(contractorId);
            assertEquals("承認", browser.text("status"));
            assertEquals("高", browser.text("tier"));
            assertFalse(browser.text("validUntil").isBlank());
        }

        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("SELECT status, risk_tier, submitted_by, decided_by "
                        + "FROM vetting WHERE id = ?")) {
            ps.setLong(1, vettingId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("APPROVED", rs.getString(1));
                assertEquals("HIGH", rs.getString(2));
                assertEquals("procurement-demo", rs.getString(3));
                assertEquals("security-demo", rs.getString(4));
            }
        }
    }

    @Test
    void officerWhoSubmittedCannotApproveTheirOwnVetting() {
        StackSettings stack = PortalStack.current();
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("lead-demo");
            ContractorScreens screens = new ContractorScreens(browser);
            screens.startRegistration("株式会社二者確認", "ニシャカクニン", CorporateNumber.withCheckDigit("490123450002"),
                    false, "高知県高知市", "代表取締役 確認 太郎");
            Long id = screens.save();
            assertNotNull(id, screens.messages());
            screens.startVetting("広報紙の配送", "1", false, false);
            for (int i = 0; i < screens.answerRows(); i++) {
                screens.answer(i, "YES");
            }
            screens.submitVetting();
            assertEquals("承認待ち", screens.vettingStatus(), screens.messages());

            assertTrue(browser.text("decisionForm:ownSubmission").contains("ご自身が提出した審査は承認・差戻しできません"));
            screens.decide("approve", "自分で承認してみる");
            assertTrue(screens.messages().contains("ご自身が提出した審査は承認・差戻しできません（二者確認）"),
                    screens.messages());
            assertEquals("承認待ち", screens.vettingStatus(), "refused by the service, not only hidden");
            assertEquals("自分で承認してみる", screens.value("decisionForm:decisionReason"), "input kept");
        }
    }

    @Test
    void subcontractingCycleIsRefused() {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            // Demo chain: 土佐システム開発 → はりまや印刷 → 四万十クラウド. Closing it from 四万十クラウド is refused.
            browser.open("/staff/contractors/list.xhtml?q=シマント");
            browser.click(By.linkText("四万十クラウド合同会社"));
            ContractorScreens screens = new ContractorScreens(browser);
            screens.type("subForm:subcontractor_input", "トサシステム");
            browser.click(By.cssSelector("#subForm\\:subcontractor_panel li"));
            new org.openqa.selenium.support.ui.Select(browser.element(By.id("subForm:subLevel"))).selectByValue("2");
            browser.click(By.id("subForm:addSub"));
            assertTrue(screens.messages().contains("循環"), screens.messages());
        }
    }
}
