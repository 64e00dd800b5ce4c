package jp.kochi.vrm.reminder;

import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.Threshold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.contract.ContractDueDates;
import jp.kochi.vrm.sns.SnsDueDates;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** What reminders put out: the mail text, the calendar and the report PDF, checked by reading them back. */
class ReminderOutputTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 3);
    static final String MARKUP = "<script>alert(1)</script>&\"保守\"";

    @Test
    void theCalendarHasOneAllDayEventPerItemWithItsLink() throws Exception {
        List<DueItem> items = List.of(
                new DueItem(ContractDueDates.OBLIGATION, 40, 40, DUE, "報告書 — R8-1 " + MARKUP, 10L, List.of()),
                new DueItem(SnsDueDates.SNS_REVIEW, 90, 90, DUE.plusDays(30), "高知市広報（X）", null, List.of()));
        String ics = CalendarFeeds.render(items, true, "https://vrm.example");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals("【提出書類の期限】報告書 — R8-1 " + MARKUP, first.getSummary().getValue());
        assertEquals("20261203", first.getDateTimeStart().getValue(), "an all-day event on the due date");
        assertEquals("https://vrm.example/portal/obligation.xhtml?id=40", first.getUrl().getValue(),
                "a contractor's feed links into the contractor portal");
        assertEquals("https://vrm.example/portal/home.xhtml", events.get(1).getUrl().getValue(),
                "a kind without a contractor page leads a contractor to the portal home");
        Calendar staff = new CalendarBuilder().build(new StringReader(CalendarFeeds.render(items, false,
                "https://vrm.example")));
        assertEquals("https://vrm.example/staff/sns/view.xhtml?id=90",
                ((VEvent) staff.getComponents("VEVENT").get(1)).getUrl().getValue());
        assertTrue(first.getUid().orElseThrow().getValue().startsWith("OBLIGATION:40-2026-12-03@"));
    }

    @Test
    void calendarLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() throws Exception {
        String longTitle = "令和８年度高知市情報セキュリティ外部委託先管理業務に係る個人情報の取扱状況報告書（第３四半期分）"
                + "及び再委託先一覧表の提出 𠮷野家 " + "あ".repeat(40) + " ASCII " + "x".repeat(90);
        List<DueItem> items = List.of(
                new DueItem(ContractDueDates.OBLIGATION, 41, 41, DUE, longTitle, 10L, List.of()),
                new DueItem(SnsDueDates.SNS_REVIEW, 91, 91, DUE.plusDays(1), "高知市広報（X）", null, List.of()));
        String ics = CalendarFeeds.render(items, false, "https://vrm.example/" + "p".repeat(100));
        byte[] utf8 = ics.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        for (int i = 0; i + 1 < utf8.length; i++) {
            if (utf8[i] == '\r' && utf8[i + 1] == '\n') {
                assertTrue(i - lineStart <= 75, "line of " + (i - lineStart) + " octets: "
                        + new String(utf8, lineStart, i - lineStart, StandardCharsets.UTF_8));
                // Each line on its own is well-formed UTF-8: no fold falls inside a character (the decoder throws).
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8, lineStart, i - lineStart));
                lineStart = i + 2;
            }
        }
        assertEquals(utf8.length, lineStart, "every line ends with CRLF");
        assertTrue(ics.contains("\r\n "), "long lines are folded");
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:【提出書類の期限】" + longTitle + "\r\n"), unfolded);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertEquals("【提出書類の期限】" + longTitle, events.get(0).getSummary().getValue());
        assertEquals("提出書類の期限：" + longTitle, events.get(0).getDescription().getValue());
    }

    @Test
    void theMailIsJapaneseWithTheRightLinkForEachReader() {
        DueRecord record = new DueRecord(new DueItem(ContractDueDates.OBLIGATION, 40, 40, DUE, "報告書 — R8-1", 10L,
                List.of()), new Threshold("O8", -8), OffsetDateTime.of(2026, 12, 11, 6, 0, 0, 0, ZoneOffset.ofHours(9)));
        Reminder reminder = new Reminder(1, new Threshold("O8", -8), -8, record.getFirstSeenAt());
        ReminderMail staff = ReminderMail.of(ContractDueDates.OBLIGATION, record, reminder, false, false, "https://p");
        assertEquals("【高知市】提出書類の期限：期限を8日超過（2026/12/03） 報告書 — R8-1", staff.subject());
        assertTrue(staff.body().contains("次の項目は期限を過ぎています。"), staff.body());
        assertTrue(staff.body().contains("https://p/staff/contracts/obligation.xhtml?id=40"), staff.body());
        assertTrue(staff.body().contains("毎週お送りします"), staff.body());
        ReminderMail contractor = ReminderMail.of(ContractDueDates.OBLIGATION, record, reminder, false, true, "https://p");
        assertTrue(contractor.body().contains("https://p/portal/obligation.xhtml?id=40"), contractor.body());
        ReminderMail escalation = ReminderMail.of(ContractDueDates.OBLIGATION, record, reminder, true, false, "https://p");
        assertTrue(escalation.subject().startsWith("【高知市】［要確認・期限超過］"), escalation.subject());
        // First seen 25 days before: reminded at the 30-day threshold, and told the true 25 days.
        Reminder ahead = new Reminder(1, new Threshold("D30", 30), 25, record.getFirstSeenAt());
        assertTrue(ReminderMail.of(ContractDueDates.OBLIGATION, record, ahead, false, false, null).subject()
                .contains("期限まであと25日"));
    }

    @Test
    void theReportPdfHasTheTotalsAndTheItemsAsText() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 26);
        List<SelfInspection.Line> lines = List.of(
                new SelfInspection.Line("OBLIGATION", "提出書類の期限", "報告書 " + MARKUP, LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 2), "O1"),
                new SelfInspection.Line("CERTIFICATION", "第三者認証の有効期限", "株式会社テスト ISMS",
                        LocalDate.of(2026, 10, 31), null, LocalDate.of(2026, 11, 26), "O22"));
        SelfInspection.Report report = new SelfInspection.Report(2026, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), today, lines, List.of(
                        new SelfInspection.Total("OBLIGATION", "提出書類の期限", 1, 1, 1, 0, 0),
                        new SelfInspection.Total("CERTIFICATION", "第三者認証の有効期限", 1, 0, 0, 1, 1)));
        byte[] pdf = new ReportPdf().render(report, "高知市");
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("情報セキュリティ 自己点検・監査報告（2026年度）"), text);
        assertTrue(text.contains("2026/04/01 ～ 2027/03/31"), text);
        assertTrue(text.contains("期限後に完了"), text);
        assertTrue(text.contains("期限超過（未完了）"), text);
        assertTrue(text.contains("<script>alert(1)</script>"), "markup is printed as text: " + text);
    }

    @Test
    void theReportPdfPrintsTheCapabilitiesFigures() throws Exception {
        SelfInspection.Report report = new SelfInspection.Report(2026, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2026, 11, 26), List.of(), List.of(), List.of(
                        new ReportFigures.Table("インシデント（委託事業者別）", List.of("委託事業者", "件数"),
                                List.of(List.of("株式会社テスト" + MARKUP, "3")))));
        byte[] pdf = new ReportPdf().render(report, "高知市");
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("4. インシデント（委託事業者別）"), text);
        assertTrue(text.contains("株式会社テスト" + MARKUP + " 3"), "markup printed as text: " + text);
    }

    @Test
    void theReportWorkbookHasTheDaysAsDateCells() throws Exception {
        SelfInspection.Report report = new SelfInspection.Report(2026, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2026, 11, 26), List.of(
                        new SelfInspection.Line("OBLIGATION", "提出書類の期限", "=報告書 " + MARKUP, LocalDate.of(2026, 6, 30),
                                LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 2), "O1"),
                        new SelfInspection.Line("CERTIFICATION", "第三者認証の有効期限", "株式会社テスト ISMS",
                                LocalDate.of(2026, 10, 31), null, LocalDate.of(2026, 11, 26), "O22")), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SelfInspection.writeXlsx(report, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(List.of("年度", "種別", "対象", "期限", "状態", "完了を確認した日", "最後のお知らせ"),
                    rows.get(0).stream().map(Cell::getText).toList());
            Row late = rows.get(1);
            assertEquals(2026, late.getCell(0).asNumber().intValue());
            assertEquals("=報告書 " + MARKUP, late.getCell(2).asString(), "text, not a formula");
            assertEquals(LocalDate.of(2026, 6, 30), late.getCell(3).asDate().toLocalDate());
            assertEquals("yyyy/mm/dd", late.getCell(3).getDataFormatString());
            assertEquals("期限後に完了", late.getCell(4).asString());
            assertEquals(LocalDate.of(2026, 7, 3), late.getCell(5).asDate().toLocalDate());
            assertEquals("期限超過（未完了）", rows.get(2).getCell(4).asString());
            assertEquals("期限後1日", late.getCell(6).asString(), "the last reminder in words, not its code O1");
            assertEquals("期限後22日", rows.get(2).getCell(6).asString());
            assertTrue(rows.get(2).getOptionalCell(5).map(c -> c.getType() == CellType.EMPTY).orElse(true),
                    "not done: no day");
        }
    }

    @Test
    void theReportCsvLeavesTheDownloadsStreamOpenAndNamesTheLastReminderInWords() throws Exception {
        SelfInspection.Report report = new SelfInspection.Report(2026, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2026, 11, 26), List.of(
                        new SelfInspection.Line("OBLIGATION", "提出書類の期限", "報告書", LocalDate.of(2026, 6, 30),
                                null, LocalDate.of(2026, 11, 26), "O218"),
                        new SelfInspection.Line("CERTIFICATION", "第三者認証の有効期限", "ISMS",
                                LocalDate.of(2026, 12, 26), null, LocalDate.of(2026, 11, 26), "D30")), List.of());
        boolean[] closed = {false};
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.Writer response = new java.io.FilterWriter(text) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        SelfInspection.writeCsv(report, response);

        assertFalse(closed[0], "the response's stream belongs to the download: closing it made its flush fail");
        String csv = text.toString();
        assertTrue(csv.startsWith("\uFEFF年度,種別,対象,期限,状態,完了を確認した日,最後のお知らせ"), csv);
        assertTrue(csv.contains(",期限後218日\r\n") && csv.contains(",期限の30日前\r\n"), csv);
        assertFalse(csv.contains("O218") || csv.contains("D30"), csv);
    }

    @Test
    void barsScaleToTheLargestFigure() {
        List<Bar> bars = Bar.of("k.", new java.util.LinkedHashMap<>(Map.of("A", 10L)));
        assertEquals(Bar.FULL, bars.get(0).width());
        List<Bar> two = Bar.of("k.", new java.util.LinkedHashMap<>(java.util.Map.of("A", 0L)));
        assertEquals(0, two.get(0).width());
        assertEquals(Bar.STEP, Bar.height(1));
    }

    @Test
    void theFiscalYearStartsInApril() {
        assertEquals(2025, SelfInspection.fiscalYearOf(LocalDate.of(2026, 3, 31)));
        assertEquals(2026, SelfInspection.fiscalYearOf(LocalDate.of(2026, 4, 1)));
        // Done on the due day, found done by the next morning's run: on time.
        assertFalse(new SelfInspection.Line("X", "x", "t", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 1), "D0").isLate());
        assertTrue(new SelfInspection.Line("X", "x", "t", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 5, 2), "O1").isLate());
    }
}
