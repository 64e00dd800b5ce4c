package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jp.kochi.vrm.contractor.ContractorCsv;
import jp.kochi.vrm.contractor.ContractorExportRow;
import jp.kochi.vrm.contractor.CorporateNumber;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * CSV import through the page: a file with bad rows imports nothing and lists every bad line in Japanese; a
 * Shift_JIS file as Excel writes it is detected and imported without garbling.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class ContractorImportIT {

    private static Path resource(String name) {
        return Path.of(System.getProperty("vrm.test.resources", "src/test/resources"), "csv", name).toAbsolutePath();
    }

    @Test
    void fileWithBadRowsImportsNothingAndReportsEveryBadLine() throws Exception {
        long before = count("SELECT COUNT(*) FROM contractor");
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/contractors/import.xhtml");
            browser.element(By.id("importForm:file")).sendKeys(resource("bad-rows.csv").toString());
            browser.click(By.id("importForm:check"));
            String messages = browser.text("messagesPanel");
            assertTrue(messages.contains("取り込めません（何も登録していません）"), messages);
            String problems = browser.text("problems");
            assertTrue(problems.contains("法人番号のチェックディジット"), problems);
            for (String line : new String[] {"2", "3", "4", "5", "8", "10", "11", "12", "13", "14"}) {
                assertTrue(problems.lines().anyMatch(l -> l.startsWith(line + " ")), "line " + line + " reported:\n" + problems);
            }
            assertTrue(browser.driver().findElements(By.id("confirmForm:import")).isEmpty(), "no import offered");
            browser.assertAccessible();
        }
        assertEquals(before, count("SELECT COUNT(*) FROM contractor"), "nothing imported");
    }

    @Test
    void shiftJisFileFromExcelIsDetectedAndImportedWithoutGarbling() throws Exception {
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/contractors/import.xhtml");
            browser.element(By.id("importForm:file")).sendKeys(resource("good-sjis.csv").toString());
            browser.click(By.id("importForm:check"));
            assertTrue(browser.text("readAs").contains("Shift_JIS"), browser.text("readAs"));
            assertTrue(browser.text("confirmForm:preview").contains("﨑山 次郎"), browser.text("confirmForm:preview"));
            browser.click(By.id("confirmForm:import"));
            assertTrue(browser.text("messagesPanel").contains("2 件の委託事業者を候補として登録しました。"),
                    browser.text("messagesPanel"));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM contractor WHERE name = '﨑山 次郎' AND name_kana = 'サキヤマ ジロウ' "
                + "AND sole_proprietor = TRUE AND status = 'CANDIDATE'"));
        assertEquals(1, count("SELECT COUNT(*) FROM contractor WHERE representative = '髙﨑 太郎' AND name_kana = 'コウチデータ'"));
    }

    @Test
    void workbookInTheFormTheExportWritesImportsTheSameContractors() throws Exception {
        String number = CorporateNumber.withCheckDigit("490123450101");
        Path workbook = Files.createTempFile("contractors-", ".xlsx");
        ResourceBundle japanese = ResourceBundle.getBundle("i18n.messages", Locale.JAPANESE);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            ContractorCsv.exportXlsx(Stream.of(new ContractorExportRow("株式会社ブック高知", "ブックコウチ", number, false,
                    "高知県高知市本町1-1", "代表取締役 高知 太郎", "土佐 花子", "情報部", "hanako@book.example.jp",
                    "088-822-0000", List.of(), "候補", "中", LocalDate.of(2027, 3, 31), null)), out,
                    japanese::getString);
        }
        try (Browser browser = new Browser(PortalStack.current().portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/contractors/import.xhtml");
            browser.element(By.id("importForm:file")).sendKeys(workbook.toString());
            browser.click(By.id("importForm:check"));
            assertTrue(browser.text("confirmForm:preview").contains("株式会社ブック高知"), browser.text("messagesPanel"));
            browser.click(By.id("confirmForm:import"));
            assertTrue(browser.text("messagesPanel").contains("1 件の委託事業者を候補として登録しました。"),
                    browser.text("messagesPanel"));
        } finally {
            Files.deleteIfExists(workbook);
        }
        assertEquals(1, count("SELECT COUNT(*) FROM contractor WHERE corporate_number = '" + number
                + "' AND name_kana = 'ブックコウチ' AND status = 'CANDIDATE'"));
    }

    private static long count(String sql) throws Exception {
        try (Connection c = PortalStack.database(PortalStack.current());
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
