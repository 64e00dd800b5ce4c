package jp.kochi.vrm.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (.xlsx) of one sheet, written row by row (fastexcel), the form every staff download offers beside
 * its CSV. Identifiers (法人番号, postal codes, phone numbers, contract numbers) go in text cells, so Excel neither drops
 * a leading zero nor shows 13 digits as {@code 7.12346E+12}; dates go in date cells shown {@code yyyy/mm/dd}, so they
 * sort and filter as dates. A text cell is never a formula, so no cell needs the CSV's formula mark.
 *
 * <p>The output stream is finished, not closed: it belongs to the caller.
 */
public final class SheetWriter {

    /** The media type of an .xlsx file. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's text format: what is typed into the cell later stays text too. */
    private static final String TEXT_FORMAT = "@";
    private static final String DATE_FORMAT = "yyyy/mm/dd";

    /** Rows kept in memory before they are written out. */
    private static final int FLUSH_EVERY = 1_000;

    /** Characters XML 1.0 cannot carry; one of them would make the whole file unreadable to Excel. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern NOT_IN_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\]");

    /** What a column holds. */
    public enum Kind {
        /** Text, identifiers included: a text cell. */
        TEXT,
        /** A {@link LocalDate}: a date cell. */
        DATE,
        /** A {@link Number}: a number cell. */
        NUMBER
    }

    /**
     * A column.
     *
     * @param width in Excel's units (about one half-width character); widened to fit the title when narrower
     */
    public record Column(String title, Kind kind, double width) {

        public Column {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(kind, "kind");
        }

        public static Column text(String title, double width) {
            return new Column(title, Kind.TEXT, width);
        }

        public static Column date(String title) {
            return new Column(title, Kind.DATE, 12);
        }

        public static Column number(String title, double width) {
            return new Column(title, Kind.NUMBER, width);
        }
    }

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<Column> columns;
    private int row;

    private SheetWriter(OutputStream out, String sheetName, List<Column> columns) {
        this.columns = List.copyOf(columns);
        workbook = new Workbook(out, "VRM portal", "1.0");
        // Excel's own default in Japan: Japanese text in a Latin font falls back to a mismatched one.
        workbook.setGlobalDefaultFont("游ゴシック", 11);
        sheet = workbook.newWorksheet(sheetName(sheetName));
        for (int c = 0; c < this.columns.size(); c++) {
            Column column = this.columns.get(c);
            sheet.width(c, Math.max(column.width(), displayWidth(column.title()) + 2));
            if (column.kind() == Kind.TEXT) {
                // Also for cells added by hand later, under the last row written.
                sheet.style(c).format(TEXT_FORMAT).set();
            }
            sheet.value(0, c, clean(column.title()));
            sheet.style(0, c).bold().fillColor("DDEBF7").format(TEXT_FORMAT).set();
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, this.columns.size() - 1);
        row = 1;
    }

    /** Starts a workbook whose first row holds the columns' titles (bold, frozen, with filter buttons). */
    public static SheetWriter start(OutputStream out, String sheetName, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs a column");
        }
        return new SheetWriter(out, sheetName, columns);
    }

    /**
     * Adds a row: one value per column, in order; {@code null} leaves the cell blank. A text column takes any value
     * as its text; a date column a {@link LocalDate}; a number column a {@link Number}.
     */
    public void row(List<?> values) throws IOException {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null || "".equals(value)) {
                continue;
            }
            switch (columns.get(c).kind()) {
                case TEXT -> {
                    sheet.value(row, c, clean(value.toString()));
                    sheet.style(row, c).format(TEXT_FORMAT).set();
                }
                case DATE -> {
                    sheet.value(row, c, (LocalDate) value);
                    sheet.style(row, c).format(DATE_FORMAT).set();
                }
                case NUMBER -> sheet.value(row, c, (Number) value);
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** Writes the rest of the workbook; the stream stays open. */
    public void finish() throws IOException {
        workbook.finish();
    }

    private static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    /** Excel refuses a sheet name over 31 characters or with {@code [ ] : * ? / \}. */
    private static String sheetName(String name) {
        String cleaned = clean(NOT_IN_SHEET_NAME.matcher(name).replaceAll(" ")).strip();
        cleaned = cleaned.isEmpty() ? "Sheet1" : cleaned;
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** Width in half-width characters: a full-width (Japanese) character counts two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp < 0x1100 || (cp >= 0xFF61 && cp <= 0xFFDC) ? 1 : 2).sum();
    }
}
