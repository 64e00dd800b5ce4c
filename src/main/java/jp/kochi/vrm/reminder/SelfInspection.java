package jp.kochi.vrm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.audit.AuditAction;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.contractor.ContractorCsv;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.Threshold;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.ClockProducer;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.SheetWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * 自己点検・監査: the yearly report of a fiscal year (April to March) from the reminder record: every dated item that
 * came due in the year, whether and when it was done, and what is still open. CSV for analysis, PDF for the file.
 */
@Stateless
@Allowed({Roles.SECURITY_OFFICER, Roles.AUDITOR})
public class SelfInspection {

    /** The earliest fiscal year offered. */
    public static final int FIRST_YEAR = 2020;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReminderSetup setup;

    @Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<ReportFigures> figures;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** An item of the report. */
    /**
     * An item of the report.
     *
     * @param resolvedOn the day a run found it done (the work was done between {@code lastSeenOn} and then)
     * @param lastSeenOn the day of the last run that found it still open
     */
    public record Line(String kind, String kindLabel, String title, LocalDate dueDate, LocalDate resolvedOn,
            LocalDate lastSeenOn, String lastThreshold) {

        public boolean isDone() {
            return resolvedOn != null;
        }

        /** Done, but a run after the due date still found it open. */
        public boolean isLate() {
            return resolvedOn != null && lastSeenOn.isAfter(dueDate);
        }

        /** 完了 / 期限後に完了 / 未完了 / 期限超過 (as of {@code today}). */
        public String state(LocalDate today) {
            if (isDone()) {
                return isLate() ? "期限後に完了" : "完了";
            }
            return dueDate.isBefore(today) ? "期限超過（未完了）" : "未完了";
        }
    }

    /** A kind's totals. */
    public record Total(String kind, String kindLabel, int due, int done, int doneLate, int open, int overdue) {
    }

    /** The report. */
    public record Report(int fiscalYear, LocalDate from, LocalDate to, LocalDate today, List<Line> lines,
            List<Total> totals, List<ReportFigures.Table> figures) {

        public Report {
            figures = figures == null ? List.of() : List.copyOf(figures);
        }

        /** A report without the capabilities' own figures. */
        public Report(int fiscalYear, LocalDate from, LocalDate to, LocalDate today, List<Line> lines,
                List<Total> totals) {
            this(fiscalYear, from, to, today, lines, totals, List.of());
        }
    }

    /** The fiscal year {@code today} lies in (令和/西暦 year in which it starts on 1 April). */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    public int currentFiscalYear() {
        return fiscalYearOf(LocalDate.now(clock));
    }

    public Report report(int fiscalYear) {
        LocalDate today = LocalDate.now(clock);
        if (fiscalYear < FIRST_YEAR || fiscalYear > fiscalYearOf(today)) {
            throw new BusinessRuleViolation("report.year.invalid");
        }
        LocalDate from = LocalDate.of(fiscalYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<Line> lines = new ArrayList<>();
        for (DueRecord d : em.createQuery("SELECT d FROM DueRecord d WHERE d.dueDate >= :from AND d.dueDate <= :to "
                + "ORDER BY d.kind, d.dueDate, d.id", DueRecord.class).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            DueKind k = setup.kinds().get(d.getKind());
            LocalDate resolved = d.getResolvedAt() == null ? null
                    : d.getResolvedAt().atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate();
            lines.add(new Line(d.getKind(), k == null ? d.getKind() : k.label(), d.getTitle(), d.getDueDate(), resolved,
                    d.getLastSeenOn(), d.getLastThreshold()));
        }
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (DueKind k : setup.kinds().values()) {
            sums.put(k.code(), new int[5]);
        }
        for (Line l : lines) {
            int[] s = sums.computeIfAbsent(l.kind(), x -> new int[5]);
            s[0]++;
            if (l.isDone()) {
                s[1]++;
                if (l.isLate()) {
                    s[2]++;
                }
            } else {
                s[3]++;
                if (l.dueDate().isBefore(today)) {
                    s[4]++;
                }
            }
        }
        List<Total> totals = new ArrayList<>();
        sums.forEach((kind, s) -> {
            DueKind k = setup.kinds().get(kind);
            totals.add(new Total(kind, k == null ? kind : k.label(), s[0], s[1], s[2], s[3], s[4]));
        });
        List<ReportFigures.Table> tables = new ArrayList<>();
        for (ReportFigures f : figures) {
            tables.addAll(f.tables(em, from, to));
        }
        return new Report(fiscalYear, from, to, today, lines, totals, tables);
    }

    /**
     * The report as CSV (UTF-8 with BOM for spreadsheet programs; cells that could be formulas neutralised), written
     * to {@code out} and flushed; {@code out} stays open: it belongs to the caller (closing it here closed the
     * response under the download, whose own flush then logged "IOException: Stream closed").
     */
    public void csv(int fiscalYear, Writer out) throws IOException {
        writeCsv(report(fiscalYear), out);
        exported(fiscalYear, "csv");
    }

    static void writeCsv(Report r, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord("年度", "種別", "対象", "期限", "状態", "完了を確認した日", "最後のお知らせ");
        for (Line l : r.lines()) {
            csv.printRecord(r.fiscalYear(), l.kindLabel(), ContractorCsv.neutralise(l.title()),
                    Dates.format(l.dueDate()), l.state(r.today()),
                    l.resolvedOn() == null ? "" : Dates.format(l.resolvedOn()), Threshold.describe(l.lastThreshold()));
        }
        csv.flush();
    }

    /** The report's columns in the workbook. */
    private static final List<SheetWriter.Column> XLSX_COLUMNS = List.of(SheetWriter.Column.number("年度", 8),
            SheetWriter.Column.text("種別", 24), SheetWriter.Column.text("対象", 48), SheetWriter.Column.date("期限"),
            SheetWriter.Column.text("状態", 18), SheetWriter.Column.date("完了を確認した日"),
            SheetWriter.Column.text("最後のお知らせ", 14));

    /** The report as an Excel workbook (.xlsx): the same columns as the CSV, the days as date cells. */
    public void xlsx(int fiscalYear, OutputStream out) throws IOException {
        writeXlsx(report(fiscalYear), out);
        exported(fiscalYear, "xlsx");
    }

    static void writeXlsx(Report r, OutputStream out) throws IOException {
        SheetWriter sheet = SheetWriter.start(out, "自己点検・監査報告 " + r.fiscalYear() + "年度", XLSX_COLUMNS);
        for (Line l : r.lines()) {
            sheet.row(Arrays.asList(r.fiscalYear(), l.kindLabel(), l.title(), l.dueDate(), l.state(r.today()),
                    l.resolvedOn(), Threshold.describe(l.lastThreshold())));
        }
        sheet.finish();
    }

    /** Records that the report was exported (who, which year, which format). */
    public void exported(int fiscalYear, String format) {
        audit.recordChange(AuditAction.CREATE, "SelfInspectionReport", fiscalYear + "/" + format,
                List.of(new AuditLog.Change("exportedAt", null, OffsetDateTime.now(clock).toString())));
    }
}
