package jp.kochi.vrm.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.kochi.vrm.contractor.ContractorCsv;
import jp.kochi.vrm.platform.ClockProducer;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.SheetWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The incident register as a file: CSV (UTF-8 with BOM, formulas neutralised) and an Excel workbook. */
final class IncidentRegister {

    /** Column titles (message keys) in order; the dates are date cells in the workbook. */
    static final List<String> COLUMNS = List.of("incident.number", "incident.status", "incident.subject",
            "incident.concerns", "incident.contractor", "incident.title", "incident.foundDate", "incident.knownOn",
            "incident.personalInfoShort", "incident.affectedCount", "incident.nextLegalReport",
            "incident.nextLegalReportDue", "incident.acknowledgedAt", "incident.closedAt");
    private static final List<Integer> DATES = List.of(6, 7, 11);

    private IncidentRegister() {
    }

    static void csv(List<Incident> incidents, List<ReportRule> rules, LocalDate today, Writer out,
            UnaryOperator<String> label) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(COLUMNS.stream().map(label).map(ContractorCsv::neutralise).toList());
        for (Incident i : incidents) {
            List<Object> cells = cells(i, rules, label);
            List<String> text = new ArrayList<>();
            for (Object c : cells) {
                text.add(ContractorCsv.neutralise(c instanceof LocalDate d ? Dates.format(d) : c == null ? "" : c.toString()));
            }
            printer.printRecord(text);
        }
        printer.flush();
    }

    static void xlsx(List<Incident> incidents, List<ReportRule> rules, LocalDate today, OutputStream out,
            UnaryOperator<String> label) throws IOException {
        List<SheetWriter.Column> columns = new ArrayList<>();
        for (int n = 0; n < COLUMNS.size(); n++) {
            String title = label.apply(COLUMNS.get(n));
            columns.add(DATES.contains(n) ? SheetWriter.Column.date(title) : SheetWriter.Column.text(title, 18));
        }
        SheetWriter sheet = SheetWriter.start(out, label.apply("incident.register"), columns);
        for (Incident i : incidents) {
            List<Object> cells = cells(i, rules, label);
            for (int n = 0; n < cells.size(); n++) {
                if (cells.get(n) == null) {
                    cells.set(n, "");
                }
            }
            sheet.row(cells);
        }
        sheet.finish();
    }

    private static List<Object> cells(Incident i, List<ReportRule> rules, UnaryOperator<String> label) {
        Incident.DueReport next = i.getStatus() == IncidentStatus.CLOSED ? null : i.outstandingReports(rules).stream()
                .min(Comparator.comparing(Incident.DueReport::dueDate)).orElse(null);
        List<Object> cells = new ArrayList<>();
        cells.add(i.getIncidentNumber());
        cells.add(label.apply("incident.status." + i.getStatus()));
        cells.add(label.apply("incident.subject." + i.getSubject()));
        cells.add(IncidentText.concerns(i));
        cells.add(i.getContractor() == null ? "" : i.getContractor().getName());
        cells.add(i.getTitle());
        cells.add(i.getFoundDate());
        cells.add(i.getKnownOn());
        cells.add(label.apply(i.isAnyPersonalInfo() ? "app.yes" : "app.no"));
        cells.add(i.getAffectedCount() == null ? label.apply("incident.countUnknown") : i.getAffectedCount().toString());
        cells.add(next == null ? "" : next.clock().rule().getName() + " " + label.apply("incident.stage." + next.stage()));
        cells.add(next == null ? null : next.dueDate());
        cells.add(i.getAcknowledgedAt() == null ? "" : Dates.format(i.getAcknowledgedAt()
                .atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate()));
        cells.add(i.getClosedAt() == null ? "" : Dates.format(i.getClosedAt()
                .atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate()));
        return cells;
    }
}
