package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    private static final List<SheetWriter.Column> COLUMNS = List.of(SheetWriter.Column.number("年度", 8),
            SheetWriter.Column.text("郵便番号", 10), SheetWriter.Column.text("契約番号", 14),
            SheetWriter.Column.date("期限"), SheetWriter.Column.text("対象", 40));

    @Test
    void identifiersStayTextWithTheirLeadingZerosAndDatesAreDates() throws IOException {
        byte[] xlsx = write("自己点検・監査報告 2026年度", List.of(
                List.of(2026, "0780-0850", "00123", LocalDate.of(2026, 6, 30), "=1+1"),
                Arrays.asList(2026, null, "", null, "報告書\u0001（制御文字入り）")));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("自己点検・監査報告 2026年度", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(List.of("年度", "郵便番号", "契約番号", "期限", "対象"),
                    rows.get(0).stream().map(c -> c.getText()).toList());
            Row first = rows.get(1);
            assertEquals(CellType.NUMBER, first.getCell(0).getType());
            assertEquals(2026, first.getCell(0).asNumber().intValue());
            assertEquals(CellType.STRING, first.getCell(1).getType());
            assertEquals("0780-0850", first.getCell(1).asString());
            assertEquals("00123", first.getCell(2).asString(), "a contract number keeps its leading zeros");
            assertEquals("yyyy/mm/dd", first.getCell(3).getDataFormatString());
            assertEquals(LocalDate.of(2026, 6, 30), first.getCell(3).asDate().toLocalDate());
            assertEquals("=1+1", first.getCell(4).asString());
            assertNull(first.getCell(4).getFormula(), "text is never a formula");
            Row second = rows.get(2);
            assertTrue(second.getOptionalCell(1).map(c -> c.getType() == CellType.EMPTY).orElse(true));
            assertEquals("報告書（制御文字入り）", second.getCell(4).asString(),
                    "a character XML cannot carry is dropped, not the whole file");
        }
    }

    @Test
    void columnsHaveWidthsAtLeastAsWideAsTheirTitlesAndTheHeaderStaysInView() throws IOException {
        String sheetXml = entry(write("台帳", List.of()), "xl/worksheets/sheet1.xml");

        assertTrue(sheetXml.contains("<col min=\"5\" max=\"5\" width=\"40.0\""), sheetXml);
        // 「郵便番号」 is four full-width characters: 8 half-width, plus a margin.
        assertTrue(sheetXml.contains("<col min=\"2\" max=\"2\" width=\"10.0\""), sheetXml);
        assertTrue(sheetXml.contains("state=\"frozen\""), "the header row is frozen: " + sheetXml);
        assertTrue(sheetXml.contains("<autoFilter ref=\"A1:E1\""), sheetXml);
    }

    @Test
    void sheetNamesExcelWouldRefuseAreMadeAcceptable() throws IOException {
        byte[] xlsx = write("SNS投稿記録 [2026/04/01～2027/03/31] 高知市 広報課 公式アカウント一覧", List.of());

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            String name = workbook.getFirstSheet().getName();
            assertEquals(31, name.length(), name);
            assertTrue(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        AtomicInteger closed = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        SheetWriter.start(out, "台帳", COLUMNS).finish();

        assertEquals(0, closed.get());
        assertTrue(out.size() > 0);
    }

    @Test
    void countsFullWidthCharactersAsTwo() {
        assertEquals(8, SheetWriter.displayWidth("法人番号"));
        assertEquals(5, SheetWriter.displayWidth("Phone"));
        assertEquals(3, SheetWriter.displayWidth("ｶﾅ1"));
    }

    private static byte[] write(String sheetName, List<List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter sheet = SheetWriter.start(out, sheetName, COLUMNS);
        for (List<?> row : rows) {
            sheet.row(row);
        }
        sheet.finish();
        return out.toByteArray();
    }

    private static String entry(byte[] content, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
