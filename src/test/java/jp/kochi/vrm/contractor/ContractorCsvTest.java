package jp.kochi.vrm.contractor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.kochi.vrm.contractor.ContractorCsv.CsvEncoding;
import jp.kochi.vrm.contractor.ContractorCsv.Parsed;
import jp.kochi.vrm.contractor.ContractorCsv.Problem;
import jp.kochi.vrm.platform.SheetWriter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractorCsvTest {

    private static final String HEADER = "名称,フリガナ,法人番号,個人事業主,所在地,代表者,担当者氏名,担当者部署,担当者メール,"
            + "担当者電話,利用所管課コード";
    private static final Set<String> DEPARTMENTS = Set.of("120", "130", "140", "150");
    private static final String TAKEN = "5490001000086";
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final Map<String, String> JAPANESE = Map.ofEntries(
            Map.entry("contractor.csv.header.name", "名称"),
            Map.entry("contractor.csv.header.nameKana", "フリガナ"),
            Map.entry("contractor.csv.header.corporateNumber", "法人番号"),
            Map.entry("contractor.csv.header.soleProprietor", "個人事業主"),
            Map.entry("contractor.csv.header.address", "所在地"),
            Map.entry("contractor.csv.header.representative", "代表者"),
            Map.entry("contractor.csv.header.contactName", "担当者氏名"),
            Map.entry("contractor.csv.header.contactDepartment", "担当者部署"),
            Map.entry("contractor.csv.header.contactEmail", "担当者メール"),
            Map.entry("contractor.csv.header.contactPhone", "担当者電話"),
            Map.entry("contractor.csv.header.departmentCodes", "利用所管課コード"),
            Map.entry("contractor.csv.header.status", "状態"),
            Map.entry("contractor.csv.header.riskTier", "リスク区分"),
            Map.entry("contractor.csv.header.vettingValidUntil", "審査有効期限"),
            Map.entry("contractor.csv.header.nextCertificationExpiry", "直近の認証期限"),
            Map.entry("contractor.csv.sheetName", "委託事業者台帳"),
            Map.entry("app.yes", "はい"),
            Map.entry("app.no", "いいえ"));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("contractor.csv.header.name", "Name"),
            Map.entry("contractor.csv.header.nameKana", "Kana"),
            Map.entry("contractor.csv.header.corporateNumber", "Corporate number"),
            Map.entry("contractor.csv.header.soleProprietor", "Sole proprietor"),
            Map.entry("contractor.csv.header.address", "Address"),
            Map.entry("contractor.csv.header.representative", "Representative"),
            Map.entry("contractor.csv.header.contactName", "Contact name"),
            Map.entry("contractor.csv.header.contactDepartment", "Contact department"),
            Map.entry("contractor.csv.header.contactEmail", "Contact email"),
            Map.entry("contractor.csv.header.contactPhone", "Contact phone"),
            Map.entry("contractor.csv.header.departmentCodes", "Department codes"),
            Map.entry("contractor.csv.header.status", "Status"),
            Map.entry("contractor.csv.header.riskTier", "Risk tier"),
            Map.entry("contractor.csv.header.vettingValidUntil", "Vetting valid until"),
            Map.entry("contractor.csv.header.nextCertificationExpiry", "Next certification expiry"),
            Map.entry("contractor.csv.sheetName", "Contractor register"),
            Map.entry("app.yes", "Yes"),
            Map.entry("app.no", "No"));

    // --- reading good files ---------------------------------------------------------------------------------

    @Test
    void readsUtf8FileNormalisingKanaNumbersContactsAndDepartmentCodes() {
        Parsed parsed = parse(resource("good-utf8.csv"), CsvEncoding.AUTO);

        assertEquals(List.of(), parsed.problems());
        assertTrue(parsed.acceptable());
        assertEquals(UTF_8, parsed.encoding());
        assertEquals("contractor.csv.readAs.UTF_8", parsed.encodingMessageKey());
        assertEquals(List.of(
                row(2, "株式会社高知データ", "コウチデータ", "6490001000011", false, "高知県高知市本町一丁目1番1号", "高知 太郎",
                        contact("土佐 花子", "営業部", "hanako@kochi-data.example.jp", "088-822-0000"), "120", "130"),
                row(4, "土佐 一郎", "トサ イチロウ", null, true, "高知県高知市帯屋町二丁目2番2号", "土佐 一郎", null),
                row(5, "有限会社よさこい工房", "ヨサコイコウボウ", "5490001000029", false, "高知県高知市\n桟橋通三丁目3番3号",
                        "鏡川 三郎", contact("仁淀 四郎", "<script>alert(1)</script>", "SHIRO@yosakoi.example.jp",
                                "088(822)0000"), "120", "140", "150"),
                row(7, "株式会社四万十クラウド", "シマントクラウド", "5490002000036", false, "高知県四万十市中村1番地", "四万十 次郎",
                        null)),
                describe(parsed.rows()));
    }

    @Test
    void readsUtf8FileWithByteOrderMarkWithoutSpoilingTheFirstHeader() {
        Parsed parsed = parse(resource("good-utf8-bom.csv"), CsvEncoding.AUTO);

        assertEquals(List.of(), parsed.problems());
        assertEquals(UTF_8, parsed.encoding());
        assertEquals(List.of(
                row(2, "株式会社高知データ", "コウチデータ", "6490001000011", false, "高知県高知市本町一丁目1番1号", "高知 太郎", null,
                        "120"),
                row(3, "土佐 一郎", "トサ イチロウ", null, true, "高知県高知市帯屋町二丁目2番2号", "土佐 一郎", null)),
                describe(parsed.rows()));
    }

    @Test
    void detectsWindows31jAndReadsCharactersThatOnlyCp932Encodes() {
        byte[] content = resource("good-sjis.csv");
        assertFalse(Charset.forName("Shift_JIS").newEncoder().canEncode("髙"), "test data must need CP932");
        assertFalse(Charset.forName("Shift_JIS").newEncoder().canEncode("﨑"), "test data must need CP932");

        Parsed parsed = parse(content, CsvEncoding.AUTO);

        assertEquals(List.of(), parsed.problems());
        assertEquals(WINDOWS_31J, parsed.encoding());
        assertEquals("contractor.csv.readAs.WINDOWS_31J", parsed.encodingMessageKey());
        assertEquals(List.of(
                row(2, "株式会社高知データ", "コウチデータ", "6490001000011", false, "高知県高知市本町一丁目1番1号", "髙﨑 太郎",
                        contact("髙橋 花子", "総務課", null, "088-822-0000"), "120"),
                row(3, "﨑山 次郎", "サキヤマ ジロウ", null, true, "高知県高知市はりまや町一丁目1番1号", "﨑山 次郎", null)),
                describe(parsed.rows()));
    }

    @Test
    void readsWindows31jWhenTheUserChoosesIt() {
        Parsed parsed = parse(resource("good-sjis.csv"), CsvEncoding.WINDOWS_31J);

        assertEquals(List.of(), parsed.problems());
        assertEquals(WINDOWS_31J, parsed.encoding());
        assertEquals("髙﨑 太郎", parsed.rows().get(0).representative());
    }

    @Test
    void acceptsEnglishHeadersInAnyOrderWithoutOptionalColumns() {
        Parsed parsed = parse(utf8("Address,name,Kana,Sole proprietor,Corporate number,Representative",
                "高知県高知市本町一丁目1番1号,株式会社高知データ,コウチデータ,no,6490001000011,高知 太郎"), CsvEncoding.AUTO);

        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(row(2, "株式会社高知データ", "コウチデータ", "6490001000011", false, "高知県高知市本町一丁目1番1号",
                "高知 太郎", null)), describe(parsed.rows()));
    }

    // --- encodings ------------------------------------------------------------------------------------------

    @Test
    void refusesShiftJisFileDeclaredAsUtf8InsteadOfGarblingIt() {
        Parsed parsed = parse(resource("good-sjis.csv"), CsvEncoding.UTF_8);

        assertEquals(List.of(problem(0, "contractor.csv.notInEncoding.UTF_8")), parsed.problems());
        assertEquals(List.of(), parsed.rows());
        assertNull(parsed.encoding());
        assertNull(parsed.encodingMessageKey());
        assertFalse(parsed.acceptable());
    }

    @Test
    void refusesUtf8FileDeclaredAsWindows31jEvenWhereTheBytesWouldDecodeAsMojibake() throws IOException {
        byte[] content = utf8("Name,Kana,Corporate number,Sole proprietor,Address,Representative",
                "高知,コウチデータ,6490001000011,no,高知県高知市本町,高知");
        String mojibake = WINDOWS_31J.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        assertTrue(mojibake.contains("繧ｳ繧ｦ繝√ョ繝ｼ繧ｿ"), "test data must decode as windows-31j: " + mojibake);

        assertEquals(List.of(problem(0, "contractor.csv.notInEncoding.WINDOWS_31J")),
                parse(content, CsvEncoding.WINDOWS_31J).problems());
        assertEquals(List.of(problem(0, "contractor.csv.notInEncoding.WINDOWS_31J")),
                parse(resource("good-utf8-bom.csv"), CsvEncoding.WINDOWS_31J).problems());
        assertEquals("コウチデータ", parse(content, CsvEncoding.AUTO).rows().get(0).nameKana());
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorWindows31j() {
        byte[] content = concat(HEADER.getBytes(UTF_8), new byte[] {'\n', (byte) 0x80, (byte) 0xFF, ','});

        Parsed parsed = parse(content, CsvEncoding.AUTO);

        assertEquals(List.of(problem(0, "contractor.csv.encodingUnknown")), parsed.problems());
        assertNull(parsed.encoding());
    }

    @Test
    void refusesUtf16TextAsUnknownEncoding() {
        byte[] content = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, HEADER.getBytes(Charset.forName("UTF-16LE")));

        assertEquals(List.of(problem(0, "contractor.csv.encodingUnknown")),
                parse(content, CsvEncoding.AUTO).problems());
    }

    @Test
    void refusesAZipThatIsNotAReadableWorkbook() {
        byte[] content = {'P', 'K', 3, 4, 20, 0, 6, 0, '[', 'C', 'o', 'n', 't', 'e', 'n', 't', ']'};

        assertEquals(List.of(problem(0, "contractor.csv.xlsxUnreadable")), parse(content, CsvEncoding.AUTO).problems());
    }

    @Test
    void refusesAnOldExcelWorkbookAsNotText() {
        byte[] content = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

        assertEquals(List.of(problem(0, "contractor.csv.notText")), parse(content, CsvEncoding.AUTO).problems());
    }

    @Test
    void refusesAWorkbookThatUnpacksToMoreThanTheLimitUnread() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= ContractorCsv.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < ContractorCsv.MAX_BYTES, "a small upload: " + out.size());

        assertEquals(List.of(problem(0, "contractor.csv.xlsxTooLarge")),
                parse(out.toByteArray(), CsvEncoding.AUTO).problems());
    }

    @Test
    void readsAWorkbookStaffMadeThemselvesReportingProblemsAtExcelsRowNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter sheet = SheetWriter.start(out, "台帳", List.of(SheetWriter.Column.text("名称", 20),
                SheetWriter.Column.text("フリガナ", 20), SheetWriter.Column.number("法人番号", 16),
                SheetWriter.Column.text("個人事業主", 8), SheetWriter.Column.text("所在地", 20),
                SheetWriter.Column.text("代表者", 10)));
        // 法人番号 typed as a number: a workbook keeps all 13 digits, unlike a CSV saved from Excel.
        sheet.row(List.of("株式会社高知データ", "こうちでーた", 6490001000011L, "いいえ", "高知県高知市本町1-1", "高知 太郎"));
        sheet.row(Arrays.asList(null, null, null, null, null, null));
        sheet.row(List.of("株式会社誤り", "アヤマリ", 1234567890123L, "いいえ", "高知県高知市", "土佐 次郎"));
        sheet.finish();

        Parsed parsed = parse(out.toByteArray(), CsvEncoding.AUTO);

        assertNull(parsed.encoding(), "a workbook has no text encoding to report");
        assertEquals(List.of(problem(4, "contractor.csv.corporateNumber.WRONG_CHECK_DIGIT", "1234567890123")),
                parsed.problems());
        assertEquals(2, parsed.rows().get(0).line());
        assertEquals("6490001000011", parsed.rows().get(0).corporateNumber());
        assertEquals("コウチデータ", parsed.rows().get(0).nameKana());
    }

    // --- problems in rows -----------------------------------------------------------------------------------

    @Test
    void reportsEveryBadLineWithItsLineNumberAndAcceptsNothing() {
        Parsed parsed = parse(resource("bad-rows.csv"), CsvEncoding.AUTO);

        assertFalse(parsed.acceptable());
        assertEquals(List.of(
                problem(2, "contractor.csv.corporateNumber.WRONG_CHECK_DIGIT", "7490001000052"),
                problem(3, "contractor.csv.corporateNumber.WRONG_LENGTH", "490001000060", 12),
                problem(4, "contractor.csv.corporateNumber.NOT_DIGITS", "54900010000AB"),
                problem(5, "contractor.csv.corporateNumber.requiredForCompany"),
                problem(8, "contractor.csv.corporateNumber.duplicateInFile", "5490001000078", 7),
                problem(9, "contractor.csv.corporateNumber.alreadyRegistered", TAKEN),
                problem(10, "contractor.csv.departmentCodes.unknown", "999"),
                problem(11, "contractor.csv.contactEmail.invalid", "tanaka@@example"),
                problem(12, "contractor.csv.name.required"),
                problem(13, "contractor.csv.soleProprietor.invalid", "たぶん"),
                problem(14, "contractor.csv.contactPhone.invalid", "088-XXXX-0000"),
                problem(16, "contractor.csv.nameKana.notKatakana", "Kochi"),
                problem(18, "contractor.csv.nameKana.required"),
                problem(18, "contractor.csv.corporateNumber.excelExponent", "1.23457E+12"),
                problem(18, "contractor.csv.representative.required"),
                problem(18, "contractor.csv.contactName.required"),
                problem(19, "contractor.csv.strayCell", 12)),
                parsed.problems());
        assertEquals(List.of(6, 7), parsed.rows().stream().map(ContractorCsvRow::line).toList(),
                "the sole proprietor without a number and the first of the duplicates are valid");
    }

    @Test
    void soleProprietorMayGiveACorporateNumberButItMustBeValid() {
        Parsed parsed = parse(utf8(HEADER,
                "個人 正しい,コジン タダシイ,6490001000011,はい,高知県高知市本町一丁目1番1号,個人 正しい,,,,,",
                "個人 誤り,コジン アヤマリ,7490001000011,はい,高知県高知市本町一丁目1番1号,個人 誤り,,,,,"), CsvEncoding.AUTO);

        assertEquals(List.of(problem(3, "contractor.csv.corporateNumber.WRONG_CHECK_DIGIT", "7490001000011")),
                parsed.problems());
        assertEquals("6490001000011", parsed.rows().get(0).corporateNumber());
        assertTrue(parsed.rows().get(0).soleProprietor());
    }

    @ParameterizedTest
    @CsvSource({"はい,true", "yes,true", "YES,true", "true,true", "1,true", "１,true", "いいえ,false", "No,false",
        "FALSE,false", "0,false", "'',false"})
    void readsTheSoleProprietorWordsStaffUse(String value, boolean expected) {
        Parsed parsed = parse(utf8(HEADER,
                "株式会社高知データ,コウチデータ,6490001000011," + value + ",高知県高知市本町一丁目1番1号,高知 太郎,,,,,"),
                CsvEncoding.AUTO);

        assertEquals(List.of(), parsed.problems());
        assertEquals(expected, parsed.rows().get(0).soleProprietor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "○", "個人", "2"})
    void refusesOtherSoleProprietorWords(String value) {
        Parsed parsed = parse(utf8(HEADER,
                "株式会社高知データ,コウチデータ,6490001000011," + value + ",高知県高知市本町一丁目1番1号,高知 太郎,,,,,"),
                CsvEncoding.AUTO);

        assertEquals(List.of(problem(2, "contractor.csv.soleProprietor.invalid", value)), parsed.problems());
    }

    @Test
    void namesTheCharactersThatAreNotKatakana() {
        Parsed parsed = parse(utf8(HEADER,
                "株式会社高知データ,コウチデータ（株）,6490001000011,いいえ,高知県高知市本町一丁目1番1号,高知 太郎,,,,,"),
                CsvEncoding.AUTO);

        assertEquals(List.of(problem(2, "contractor.csv.nameKana.notKatakana", "(株)")), parsed.problems());
    }

    @Test
    void acceptsValuesAtTheirColumnSizes() {
        String email = "a".repeat(64) + "@" + ("c".repeat(60) + ".").repeat(3) + "kochij";
        assertEquals(254, email.length());
        Parsed parsed = parse(utf8(HEADER, String.join(",", "名".repeat(200), "カ".repeat(200), "", "はい",
                "住".repeat(300), "代".repeat(100), "担".repeat(100), "部".repeat(100), email, "0".repeat(30), "")),
                CsvEncoding.AUTO);

        assertEquals(List.of(), parsed.problems());
        assertEquals(email, parsed.rows().get(0).contact().getEmail());
    }

    @Test
    void reportsEachValueLongerThanItsColumn() {
        String email = "a".repeat(64) + "@" + ("c".repeat(60) + ".").repeat(3) + "kochiji";
        Parsed parsed = parse(utf8(HEADER, String.join(",", "名".repeat(201), "カ".repeat(201), "", "はい",
                "住".repeat(301), "代".repeat(101), "担".repeat(101), "部".repeat(101), email, "0".repeat(31), "")),
                CsvEncoding.AUTO);

        assertEquals(List.of(
                problem(2, "contractor.csv.name.tooLong", 200, 201),
                problem(2, "contractor.csv.nameKana.tooLong", 200, 201),
                problem(2, "contractor.csv.address.tooLong", 300, 301),
                problem(2, "contractor.csv.representative.tooLong", 100, 101),
                problem(2, "contractor.csv.contactName.tooLong", 100, 101),
                problem(2, "contractor.csv.contactDepartment.tooLong", 100, 101),
                problem(2, "contractor.csv.contactEmail.tooLong", 254, 255),
                problem(2, "contractor.csv.contactPhone.tooLong", 30, 31)),
                parsed.problems());
    }

    // --- problems with the whole file -----------------------------------------------------------------------

    @Test
    void refusesAnEmptyFile() {
        assertEquals(List.of(problem(0, "contractor.csv.empty")), parse(new byte[0], CsvEncoding.AUTO).problems());
        assertEquals(List.of(problem(0, "contractor.csv.empty")),
                parse("\uFEFF\r\n\r\n,,\r\n".getBytes(UTF_8), CsvEncoding.AUTO).problems());
    }

    @Test
    void refusesAHeaderWithoutRows() {
        Parsed parsed = parse(utf8(HEADER, ""), CsvEncoding.AUTO);

        assertEquals(List.of(problem(0, "contractor.csv.noRows")), parsed.problems());
        assertFalse(parsed.acceptable());
    }

    @Test
    void refusesAFileWithoutAHeaderNamingTheMissingColumnsInBothLanguages() {
        Parsed parsed = parse(utf8(
                "株式会社高知データ,コウチデータ,6490001000011,いいえ,高知県高知市本町一丁目1番1号,高知 太郎,,,,,"), CsvEncoding.AUTO);

        List<Problem> problems = parsed.problems();
        assertEquals(problem(0, "contractor.csv.unknownColumn", "株式会社高知データ"), problems.get(0));
        assertEquals(List.of(
                problem(0, "contractor.csv.missingColumn", "名称", "Name"),
                problem(0, "contractor.csv.missingColumn", "フリガナ", "Kana"),
                problem(0, "contractor.csv.missingColumn", "法人番号", "Corporate number"),
                problem(0, "contractor.csv.missingColumn", "個人事業主", "Sole proprietor"),
                problem(0, "contractor.csv.missingColumn", "所在地", "Address"),
                problem(0, "contractor.csv.missingColumn", "代表者", "Representative")),
                problems.stream().filter(p -> p.messageKey().endsWith("missingColumn")).toList());
        assertEquals(List.of(), parsed.rows());
    }

    @Test
    void refusesAFileMissingARequiredColumn() {
        Parsed parsed = parse(utf8("名称,フリガナ,法人番号,個人事業主,代表者",
                "株式会社高知データ,コウチデータ,6490001000011,いいえ,高知 太郎"), CsvEncoding.AUTO);

        assertEquals(List.of(problem(0, "contractor.csv.missingColumn", "所在地", "Address")), parsed.problems());
        assertEquals(List.of(), parsed.rows());
    }

    @Test
    void refusesUnknownAndRepeatedColumns() {
        Parsed parsed = parse(utf8(HEADER + ",備考,Name",
                "株式会社高知データ,コウチデータ,6490001000011,いいえ,高知県高知市本町一丁目1番1号,高知 太郎,,,,,,,"),
                CsvEncoding.AUTO);

        assertEquals(List.of(problem(0, "contractor.csv.unknownColumn", "備考"),
                problem(0, "contractor.csv.duplicateColumn", "Name")), parsed.problems());
        assertEquals(List.of(), parsed.rows());
    }

    @Test
    void refusesAFileOverTenMegabytesUnread() {
        byte[] content = new byte[ContractorCsv.MAX_BYTES + 1];
        Arrays.fill(content, (byte) '\n');

        assertEquals(List.of(problem(0, "contractor.csv.tooLarge", 10)),
                parse(content, CsvEncoding.AUTO).problems());
    }

    @Test
    void readsAFileOfExactlyTenMegabytes() {
        byte[] rows = utf8(HEADER, "株式会社高知データ,コウチデータ,6490001000011,いいえ,高知県高知市本町一丁目1番1号,高知 太郎,,,,,");
        byte[] content = Arrays.copyOf(rows, ContractorCsv.MAX_BYTES);
        Arrays.fill(content, rows.length, content.length, (byte) '\n');

        Parsed parsed = parse(content, CsvEncoding.AUTO);

        assertEquals(List.of(), parsed.problems());
        assertEquals(1, parsed.rows().size());
    }

    @Test
    void readsTwentyThousandRowsButRefusesOneMore() {
        assertEquals(20_000, ContractorCsv.MAX_ROWS);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        IntStream.rangeClosed(1, ContractorCsv.MAX_ROWS)
                .forEach(i -> lines.add("個人" + i + ",コジン,,はい,高知県高知市本町一丁目1番1号,個人" + i + ",,,,,"));

        Parsed full = parse(utf8(lines.toArray(String[]::new)), CsvEncoding.AUTO);
        lines.add("一つ多い,ヒトツオオイ,,はい,高知県高知市本町一丁目1番1号,一つ多い,,,,,");
        Parsed over = parse(utf8(lines.toArray(String[]::new)), CsvEncoding.AUTO);

        assertEquals(List.of(), full.problems());
        assertEquals(20_000, full.rows().size());
        assertEquals(20_001, full.rows().get(19_999).line());
        assertEquals(List.of(problem(0, "contractor.csv.tooManyRows", 20_000)), over.problems());
        assertEquals(List.of(), over.rows());
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereTheRecordStarts() {
        Parsed parsed = parse(utf8(HEADER,
                "株式会社高知データ,コウチデータ,6490001000011,いいえ,高知県高知市本町一丁目1番1号,高知 太郎,,,,,",
                "",
                "株式会社閉じ忘れ,\"トジワスレ,,はい,高知県高知市本町一丁目1番1号,閉じ忘れ,,,,,",
                "土佐 一郎,トサ イチロウ,,はい,高知県高知市帯屋町二丁目2番2号,土佐 一郎,,,,,"), CsvEncoding.AUTO);

        assertEquals(List.of(problem(4, "contractor.csv.malformed")), parsed.problems());
        assertEquals(List.of(), parsed.rows());
    }

    // --- export ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+81 88 822 0000", "-", "@SUM(A1)", "\t=1+1", "\r=1+1"})
    void neutralisesCellsExcelWouldRunAsFormulas(String cell) {
        assertEquals("'" + cell, ContractorCsv.neutralise(cell));
        assertEquals(cell, ContractorCsv.unneutralise(ContractorCsv.neutralise(cell)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"高知 太郎", "a=b", "088-822-0000", "'", "'quoted", " =1"})
    void leavesOtherCellsAsTheyAre(String cell) {
        assertEquals(cell, ContractorCsv.neutralise(cell));
        assertEquals(cell, ContractorCsv.unneutralise(cell));
    }

    @Test
    void exportsUtf8WithByteOrderMarkCrlfJapaneseHeadersAndNeutralisedCells() throws IOException {
        byte[] bytes = export(JAPANESE, exportRows());

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("\uFEFF"
                + HEADER + ",状態,リスク区分,審査有効期限,直近の認証期限\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",イコール,6490001000011,いいえ,\"高知県高知市本町一丁目1番1号, 2階\","
                + "'@高知 太郎,土佐 花子,'-営業部,hanako@kochi-data.example.jp,'+81 88 822 0000,120;130,承認,中,"
                + "2027/03/31,2026/12/01\r\n"
                + "土佐 一郎,トサ イチロウ,,はい,\"高知県高知市\n帯屋町\",土佐 一郎,,,,,,候補,,,\r\n"
                + "'\t=1+1,'\t=1+1,,はい,\"'\r=1+1\",'-,,,,,,候補,,,\r\n",
                new String(bytes, UTF_8));
    }

    @Test
    void exportsHeadersAndYesNoInTheUsersLanguage() throws IOException {
        String csv = new String(export(ENGLISH, exportRows()), UTF_8);

        assertEquals("\uFEFFName,Kana,Corporate number,Sole proprietor,Address,Representative,Contact name,"
                + "Contact department,Contact email,Contact phone,Department codes,Status,Risk tier,"
                + "Vetting valid until,Next certification expiry", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains(",イコール,6490001000011,No,"), csv);
        assertTrue(csv.contains(",トサ イチロウ,,Yes,"), csv);
    }

    @Test
    void exportedFileImportsToTheSameValuesInEitherLanguage() throws IOException {
        List<List<Object>> expected = List.of(
                row(2, "=HYPERLINK(\"http://evil.example\")", "イコール", "6490001000011", false,
                        "高知県高知市本町一丁目1番1号, 2階", "@高知 太郎",
                        contact("土佐 花子", "-営業部", "hanako@kochi-data.example.jp", "+81 88 822 0000"), "120", "130"),
                row(3, "土佐 一郎", "トサ イチロウ", null, true, "高知県高知市\n帯屋町", "土佐 一郎", null));
        List<ContractorExportRow> rows = exportRows().subList(0, 2);

        for (Map<String, String> language : List.of(JAPANESE, ENGLISH)) {
            Parsed parsed = parse(export(language, rows), CsvEncoding.AUTO);

            assertEquals(List.of(), parsed.problems(), language.get("app.yes"));
            assertEquals(UTF_8, parsed.encoding());
            assertEquals(expected, describe(parsed.rows()), language.get("app.yes"));
        }
    }

    @Test
    void exportsAWorkbookWithIdentifiersAsTextCellsAndDatesAsDateCells() throws IOException {
        byte[] xlsx = exportXlsx(JAPANESE, exportRows());

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("委託事業者台帳", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(4, rows.size(), "a header row and three contractors");
            assertEquals(List.of("名称", "フリガナ", "法人番号", "個人事業主", "所在地", "代表者", "担当者氏名", "担当者部署",
                    "担当者メール", "担当者電話", "利用所管課コード", "状態", "リスク区分", "審査有効期限", "直近の認証期限"),
                    rows.get(0).stream().map(Cell::getText).toList());
            Row first = rows.get(1);
            Cell corporateNumber = first.getCell(2);
            assertEquals(CellType.STRING, corporateNumber.getType(), "法人番号 is a text cell");
            assertEquals("6490001000011", corporateNumber.asString());
            assertEquals(CellType.STRING, first.getCell(9).getType(), "a phone number is text");
            assertEquals("+81 88 822 0000", first.getCell(9).asString());
            assertEquals("120;130", first.getCell(10).asString());
            Cell vettingValidUntil = first.getCell(13);
            assertEquals(CellType.NUMBER, vettingValidUntil.getType(), "a date cell is a serial number");
            assertEquals("yyyy/mm/dd", vettingValidUntil.getDataFormatString());
            assertEquals(LocalDate.of(2027, 3, 31), vettingValidUntil.asDate().toLocalDate());
            assertEquals("=HYPERLINK(\"http://evil.example\")", first.getCell(0).asString(),
                    "text, never a formula, so no mark is needed");
            assertNull(first.getCell(0).getFormula());
        }
    }

    @Test
    void exportedWorkbookImportsToTheSameContractorsInEitherLanguage() throws IOException {
        List<List<Object>> expected = List.of(
                row(2, "=HYPERLINK(\"http://evil.example\")", "イコール", "6490001000011", false,
                        "高知県高知市本町一丁目1番1号, 2階", "@高知 太郎",
                        contact("土佐 花子", "-営業部", "hanako@kochi-data.example.jp", "+81 88 822 0000"), "120", "130"),
                row(3, "土佐 一郎", "トサ イチロウ", null, true, "高知県高知市\n帯屋町", "土佐 一郎", null));
        List<ContractorExportRow> rows = exportRows().subList(0, 2);

        for (Map<String, String> language : List.of(JAPANESE, ENGLISH)) {
            byte[] xlsx = exportXlsx(language, rows);
            assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(xlsx, 2));
            assertTrue(ContractorCsv.unpacksWithin(xlsx, ContractorCsv.MAX_UNPACKED_BYTES), "measured, and small");
            assertFalse(ContractorCsv.unpacksWithin(xlsx, 1_000), "measured by what it unpacks to");
            Parsed parsed = parse(xlsx, CsvEncoding.AUTO);

            assertEquals(List.of(), parsed.problems(), language.get("app.yes"));
            assertTrue(parsed.acceptable());
            assertEquals(expected, describe(parsed.rows()), language.get("app.yes"));
        }
    }

    @Test
    void exportWritesRowsWhileTheStreamIsStillProducingThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger writtenWhenHalfDone = new AtomicInteger(-1);
        ContractorExportRow template = exportRows().get(0);
        Stream<ContractorExportRow> rows = IntStream.range(0, 100_000).mapToObj(i -> {
            if (i == 50_000) {
                writtenWhenHalfDone.set(out.size());
            }
            return template;
        });

        ContractorCsv.export(rows, out, JAPANESE::get);

        assertTrue(writtenWhenHalfDone.get() > 1_000_000, "bytes written after 50,000 rows: " + writtenWhenHalfDone);
        assertEquals(100_001, new String(out.toByteArray(), UTF_8).split("\r\n").length);
    }

    @Test
    void exportLeavesTheCallersStreamOpen() throws IOException {
        AtomicInteger closed = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };

        ContractorCsv.export(Stream.empty(), out, JAPANESE::get);

        assertEquals(0, closed.get());
        assertTrue(new String(out.toByteArray(), UTF_8).endsWith("直近の認証期限\r\n"));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static List<ContractorExportRow> exportRows() {
        return List.of(
                new ContractorExportRow("=HYPERLINK(\"http://evil.example\")", "イコール", "6490001000011", false,
                        "高知県高知市本町一丁目1番1号, 2階", "@高知 太郎", "土佐 花子", "-営業部", "hanako@kochi-data.example.jp",
                        "+81 88 822 0000", List.of("120", "130"), "承認", "中", LocalDate.of(2027, 3, 31),
                        LocalDate.of(2026, 12, 1)),
                new ContractorExportRow("土佐 一郎", "トサ イチロウ", null, true, "高知県高知市\n帯屋町", "土佐 一郎", null, null, null,
                        null, List.of(), "候補", null, null, null),
                new ContractorExportRow("\t=1+1", "\t=1+1", null, true, "\r=1+1", "-", null, null, null, null,
                        List.of(), "候補", null, null, null));
    }

    private static byte[] export(Map<String, String> language, List<ContractorExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Function<String, String> text = language::get;
        ContractorCsv.export(rows.stream(), out, text);
        return out.toByteArray();
    }

    private static byte[] exportXlsx(Map<String, String> language, List<ContractorExportRow> rows)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractorCsv.exportXlsx(rows.stream(), out, language::get);
        return out.toByteArray();
    }

    private static Parsed parse(byte[] content, CsvEncoding encoding) {
        return ContractorCsv.parse(content, encoding, DEPARTMENTS::contains, TAKEN::equals);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ContractorCsvTest.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static Problem problem(int line, String key, Object... arguments) {
        return new Problem(line, key, List.of(arguments));
    }

    private static List<String> contact(String name, String department, String email, String phone) {
        return Arrays.asList(name, department, email, phone);
    }

    private static List<Object> row(int line, String name, String kana, String corporateNumber, boolean sole,
            String address, String representative, List<String> contact, String... departmentCodes) {
        return Arrays.asList(line, name, kana, corporateNumber, sole, address, representative, contact,
                List.of(departmentCodes));
    }

    /** Rows as plain lists: {@link ContactPerson} has no value equality. */
    private static List<List<Object>> describe(List<ContractorCsvRow> rows) {
        return rows.stream().map(r -> row(r.line(), r.name(), r.nameKana(), r.corporateNumber(), r.soleProprietor(),
                r.address(), r.representative(), r.contact() == null ? null
                        : contact(r.contact().getName(), r.contact().getDepartment(), r.contact().getEmail(),
                                r.contact().getPhone()),
                r.departmentCodes().toArray(String[]::new))).toList();
    }
}
