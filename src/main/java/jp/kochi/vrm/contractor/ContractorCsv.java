package jp.kochi.vrm.contractor;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kochi.vrm.platform.SheetWriter;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The contractor register (委託事業者台帳) as CSV, the form in which procurement staff exchange it with Excel.
 *
 * <p>Import is all or nothing: every row is checked and every problem reported with the line the user sees in
 * the file, so one upload shows everything to fix, and nothing is registered until the file is clean. Excel in
 * Japan saves CSV as Shift_JIS (windows-31j) or UTF-8, so the encoding is detected, and bytes are never decoded
 * with replacement characters: a file in an unexpected encoding is refused rather than registered garbled.
 *
 * <p>Export writes UTF-8 with a byte order mark (without it Excel in Japan reads UTF-8 as Shift_JIS), with the
 * import columns first under the same names, so an exported file can be edited and imported again. Cells that
 * Excel would run as formulas are neutralised (OWASP "CSV injection"); import removes that mark again.
 *
 * <p>The same register also goes out as an Excel workbook (.xlsx, {@link SheetWriter}): 法人番号 and phone numbers as
 * text cells, dates as date cells. Import takes that workbook too, told from CSV by its content (an .xlsx is a zip,
 * which starts with {@code PK}), and checks its first sheet's rows exactly as it checks a CSV's lines.
 *
 * <p>Pure Java: no Faces, no persistence. The caller supplies what needs the database as predicates and
 * turns message keys into text.
 */
public final class ContractorCsv {

    /** Larger uploads are refused unread: a register import is a batch of contractors, not a database dump. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** More data rows than this are refused: the city's whole register fits many times over. */
    public static final int MAX_ROWS = 20_000;

    private static final String KEY = "contractor.csv.";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char BOM = '\uFEFF';

    /** How every zip, and so every .xlsx, starts: "PK", 3, 4. */
    private static final byte[] ZIP_START = {'P', 'K', 3, 4};

    /** How the old Office binary formats (.xls) start. */
    private static final byte[] OLE2_START = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /**
     * A workbook's unpacked size at most: a zip of a few megabytes can unpack to gigabytes ("zip bomb"), so the
     * entries are measured before the workbook is read. An exported register of 20,000 rows unpacks to far less.
     */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    /** Deliberately stricter than Bean Validation's {@code @Email}, so an accepted address is never refused later. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** The same rule as {@link ContactPerson}. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]{6,30}");

    /** What Excel makes of a 13-digit number in a General cell: {@code 1.23457E+12}; the digits are lost. */
    private static final Pattern EXCEL_EXPONENT = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+");

    private static final Pattern CODE_SEPARATOR = Pattern.compile("[;、\\s]+");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final CSVFormat IMPORT_FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final CSVFormat EXPORT_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private static final Map<String, Boolean> YES_NO = Map.of("はい", true, "いいえ", false, "yes", true, "no", false,
            "true", true, "false", false, "1", true, "0", false, "", false);

    /** The encoding of an uploaded file: detected, or chosen by the user when detection is not wanted. */
    public enum CsvEncoding {
        AUTO(null), UTF_8(StandardCharsets.UTF_8), WINDOWS_31J(Charset.forName("windows-31j"));

        private final Charset charset;

        CsvEncoding(Charset charset) {
            this.charset = charset;
        }

        /** {@code null} for {@link #AUTO}. */
        public Charset charset() {
            return charset;
        }
    }

    /**
     * Something the user has to fix, as a message key of the {@code messages} bundle and its MessageFormat
     * arguments, so the page shows it in the user's language.
     *
     * @param line the line in the file, header = 1; 0 when it concerns the whole file
     */
    public record Problem(int line, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public boolean wholeFile() {
            return line == 0;
        }
    }

    /**
     * The outcome of reading a file: the valid rows and every problem found.
     *
     * @param encoding what the file was read as; {@code null} for an Excel workbook, or when it could not be read
     * @param rows only rows without problems
     */
    public record Parsed(Charset encoding, List<ContractorCsvRow> rows, List<Problem> problems) {

        public Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** Whether the rows may be registered: the import is all or nothing. */
        public boolean acceptable() {
            return problems.isEmpty() && !rows.isEmpty();
        }

        /** Message key saying which encoding the file was read as, {@code null} when it was not read. */
        public String encodingMessageKey() {
            return Stream.of(CsvEncoding.UTF_8, CsvEncoding.WINDOWS_31J).filter(e -> e.charset().equals(encoding))
                    .findFirst().map(e -> KEY + "readAs." + e.name()).orElse(null);
        }
    }

    /**
     * The columns, import columns first. The names are fixed in Japanese and English, so a file exported in either
     * language imports again; the export-only columns are accepted on import and ignored.
     */
    enum Column {
        NAME("name", "名称", "Name", true),
        NAME_KANA("nameKana", "フリガナ", "Kana", true),
        CORPORATE_NUMBER("corporateNumber", "法人番号", "Corporate number", true),
        SOLE_PROPRIETOR("soleProprietor", "個人事業主", "Sole proprietor", true),
        ADDRESS("address", "所在地", "Address", true),
        REPRESENTATIVE("representative", "代表者", "Representative", true),
        CONTACT_NAME("contactName", "担当者氏名", "Contact name", false),
        CONTACT_DEPARTMENT("contactDepartment", "担当者部署", "Contact department", false),
        CONTACT_EMAIL("contactEmail", "担当者メール", "Contact email", false),
        CONTACT_PHONE("contactPhone", "担当者電話", "Contact phone", false),
        DEPARTMENT_CODES("departmentCodes", "利用所管課コード", "Department codes", false),
        STATUS("status", "状態", "Status", false),
        RISK_TIER("riskTier", "リスク区分", "Risk tier", false),
        VETTING_VALID_UNTIL("vettingValidUntil", "審査有効期限", "Vetting valid until", false),
        NEXT_CERTIFICATION_EXPIRY("nextCertificationExpiry", "直近の認証期限", "Next certification expiry", false);

        final String key;
        final String japanese;
        final String english;
        final boolean required;

        Column(String key, String japanese, String english, boolean required) {
            this.key = key;
            this.japanese = japanese;
            this.english = english;
            this.required = required;
        }

        String headerKey() {
            return KEY + "header." + key;
        }

        static Optional<Column> byHeader(String header) {
            String wanted = headerForm(header);
            return Arrays.stream(values())
                    .filter(c -> headerForm(c.japanese).equals(wanted) || headerForm(c.english).equals(wanted))
                    .findFirst();
        }

        private static String headerForm(String header) {
            return nfkc(header).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    private ContractorCsv() {
    }

    /**
     * Reads an uploaded file. Never throws for bad content: everything wrong comes back as a {@link Problem}.
     *
     * @param departmentExists whether a 利用所管課 code names an active department
     * @param corporateNumberTaken whether a normalised 法人番号 is already in the register; called once per row, so
     *        back it with one query for all numbers rather than one query each
     */
    public static Parsed parse(byte[] content, CsvEncoding encoding, Predicate<String> departmentExists,
            Predicate<String> corporateNumberTaken) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(departmentExists, "departmentExists");
        Objects.requireNonNull(corporateNumberTaken, "corporateNumberTaken");
        if (content.length > MAX_BYTES) {
            return refused(null, KEY + "tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, ZIP_START)) {
            Records sheet = sheetRecords(content);
            return sheet.stop() != null ? new Parsed(null, List.of(), List.of(sheet.stop()))
                    : check(null, sheet.lines(), departmentExists, corporateNumberTaken);
        }
        if (startsWith(content, OLE2_START)) {
            // The old .xls format (or another Office binary): not text, and not a workbook this reads.
            return refused(null, KEY + "notText");
        }
        Decoded decoded = decode(content, encoding);
        if (decoded.problemKey() != null) {
            return refused(null, decoded.problemKey());
        }
        Charset charset = decoded.charset();
        String text = decoded.text();
        if (text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F)) {
            return refused(charset, KEY + "notText");
        }
        Records records = records(text);
        if (records.stop() != null) {
            return new Parsed(charset, List.of(), List.of(records.stop()));
        }
        return check(charset, records.lines(), departmentExists, corporateNumberTaken);
    }

    /** Checks the header and every row, whether they came from a CSV or a workbook. */
    private static Parsed check(Charset charset, List<Line> lines, Predicate<String> departmentExists,
            Predicate<String> corporateNumberTaken) {
        if (lines.isEmpty()) {
            return refused(charset, KEY + "empty");
        }
        Import reading = new Import(departmentExists, corporateNumberTaken);
        if (!reading.header(lines.get(0))) {
            return new Parsed(charset, List.of(), reading.problems);
        }
        if (lines.size() == 1) {
            return refused(charset, KEY + "noRows");
        }
        lines.stream().skip(1).forEach(reading::row);
        return new Parsed(charset, reading.rows, reading.problems);
    }

    /**
     * Writes the register, row by row as the stream delivers them, so a large register is never held in memory.
     * The output stream is flushed, not closed: it belongs to the caller.
     *
     * @param text message key to text in the user's language, for the header row and はい/いいえ
     */
    public static void export(Stream<ContractorExportRow> rows, OutputStream out, Function<String, String> text)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, EXPORT_FORMAT);
        printer.printRecord(Arrays.stream(Column.values()).map(c -> neutralise(text.apply(c.headerKey()))));
        String yes = text.apply("app.yes");
        String no = text.apply("app.no");
        Iterator<ContractorExportRow> iterator = rows.iterator();
        while (iterator.hasNext()) {
            ContractorExportRow row = iterator.next();
            printer.printRecord(Arrays.stream(Column.values()).map(c -> neutralise(cell(row, c, yes, no))));
        }
        printer.flush();
    }

    /**
     * Writes the register as an Excel workbook, with the same columns and titles as the CSV, so it imports again.
     * 法人番号, phone numbers and department codes are text cells; the dates are date cells.
     */
    public static void exportXlsx(Stream<ContractorExportRow> rows, OutputStream out, Function<String, String> text)
            throws IOException {
        SheetWriter sheet = SheetWriter.start(out, text.apply(KEY + "sheetName"), Arrays.stream(Column.values())
                .map(c -> switch (c) {
                    case VETTING_VALID_UNTIL, NEXT_CERTIFICATION_EXPIRY -> SheetWriter.Column.date(
                            text.apply(c.headerKey()));
                    default -> SheetWriter.Column.text(text.apply(c.headerKey()), width(c));
                }).toList());
        String yes = text.apply("app.yes");
        String no = text.apply("app.no");
        Iterator<ContractorExportRow> iterator = rows.iterator();
        while (iterator.hasNext()) {
            ContractorExportRow row = iterator.next();
            sheet.row(Arrays.stream(Column.values()).map(c -> switch (c) {
                case VETTING_VALID_UNTIL -> row.vettingValidUntil();
                case NEXT_CERTIFICATION_EXPIRY -> row.nextCertificationExpiry();
                default -> cell(row, c, yes, no);
            }).toList());
        }
        sheet.finish();
    }

    private static double width(Column column) {
        return switch (column) {
            case NAME, ADDRESS -> 36;
            case NAME_KANA, CONTACT_EMAIL -> 28;
            case CORPORATE_NUMBER, CONTACT_PHONE, CONTACT_DEPARTMENT, DEPARTMENT_CODES -> 16;
            case REPRESENTATIVE, CONTACT_NAME -> 16;
            default -> 10;
        };
    }

    /**
     * A cell as Excel will not evaluate it: a leading {@code = + - @}, tab or carriage return would start a formula
     * (or DDE call), so such a cell gets a leading apostrophe, which Excel shows as text.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The reverse of {@link #neutralise}, so that an exported file imports to the same values. */
    static String unneutralise(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private static String cell(ContractorExportRow row, Column column, String yes, String no) {
        String value = switch (column) {
            case NAME -> row.name();
            case NAME_KANA -> row.nameKana();
            case CORPORATE_NUMBER -> row.corporateNumber();
            case SOLE_PROPRIETOR -> row.soleProprietor() ? yes : no;
            case ADDRESS -> row.address();
            case REPRESENTATIVE -> row.representative();
            case CONTACT_NAME -> row.contactName();
            case CONTACT_DEPARTMENT -> row.contactDepartment();
            case CONTACT_EMAIL -> row.contactEmail();
            case CONTACT_PHONE -> row.contactPhone();
            case DEPARTMENT_CODES -> String.join(";", row.departmentCodes());
            case STATUS -> row.status();
            case RISK_TIER -> row.riskTier();
            case VETTING_VALID_UNTIL -> date(row.vettingValidUntil());
            case NEXT_CERTIFICATION_EXPIRY -> date(row.nextCertificationExpiry());
        };
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static Parsed refused(Charset charset, String key, Object... arguments) {
        return new Parsed(charset, List.of(), List.of(new Problem(0, key, List.of(arguments))));
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    // --- decoding -------------------------------------------------------------------------------------------

    private record Decoded(Charset charset, String text, String problemKey) {

        static Decoded as(Charset charset, String text) {
            return new Decoded(charset, text, null);
        }

        static Decoded refused(String problemKey) {
            return new Decoded(null, null, problemKey);
        }
    }

    private static Decoded decode(byte[] content, CsvEncoding requested) {
        boolean utf8Bom = startsWith(content, UTF8_BOM);
        Charset utf8 = CsvEncoding.UTF_8.charset();
        Charset windows31j = CsvEncoding.WINDOWS_31J.charset();
        switch (requested) {
            case UTF_8:
                return strictly(content, utf8Bom ? UTF8_BOM.length : 0, utf8)
                        .map(text -> Decoded.as(utf8, text))
                        .orElse(Decoded.refused(KEY + "notInEncoding.UTF_8"));
            case WINDOWS_31J:
                if (utf8Bom || looksLikeUtf8(content)) {
                    return Decoded.refused(KEY + "notInEncoding.WINDOWS_31J");
                }
                return strictly(content, 0, windows31j)
                        .map(text -> Decoded.as(windows31j, text))
                        .orElse(Decoded.refused(KEY + "notInEncoding.WINDOWS_31J"));
            default:
                if (utf8Bom) {
                    return strictly(content, UTF8_BOM.length, utf8)
                            .map(text -> Decoded.as(utf8, text))
                            .orElse(Decoded.refused(KEY + "notInEncoding.UTF_8"));
                }
                if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xFE})
                        || startsWith(content, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
                    return Decoded.refused(KEY + "encodingUnknown");
                }
                Optional<String> asUtf8 = strictly(content, 0, utf8);
                if (asUtf8.isPresent()) {
                    return Decoded.as(utf8, asUtf8.get());
                }
                return strictly(content, 0, windows31j)
                        .map(text -> Decoded.as(windows31j, text))
                        .orElse(Decoded.refused(KEY + "encodingUnknown"));
        }
    }

    /** Decodes, or nothing when a byte sequence is invalid or unmapped: never a replacement character. */
    private static Optional<String> strictly(byte[] content, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Japanese text in UTF-8 often also decodes as windows-31j, into nonsense. Real Shift_JIS text with any
     * non-ASCII byte is practically never valid UTF-8, so valid UTF-8 with non-ASCII bytes is taken as UTF-8.
     */
    private static boolean looksLikeUtf8(byte[] content) {
        boolean nonAscii = false;
        for (byte b : content) {
            nonAscii |= b < 0;
        }
        return nonAscii && strictly(content, 0, StandardCharsets.UTF_8).isPresent();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    // --- workbooks ------------------------------------------------------------------------------------------

    /** The first sheet's non-blank rows, numbered as Excel numbers them, or the problem that stopped reading. */
    private static Records sheetRecords(byte[] content) {
        List<Line> lines = new ArrayList<>();
        try {
            if (!unpacksWithin(content, MAX_UNPACKED_BYTES)) {
                return new Records(List.of(), new Problem(0, KEY + "xlsxTooLarge", List.of()));
            }
        } catch (IOException | RuntimeException e) {
            return new Records(List.of(), new Problem(0, KEY + "xlsxUnreadable", List.of()));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> rows = workbook.getSheets().findFirst().map(ContractorCsv::rows).orElse(Stream.of())) {
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.size() > MAX_ROWS) {
                    return new Records(List.of(), new Problem(0, KEY + "tooManyRows", List.of(MAX_ROWS)));
                }
                lines.add(new Line(row.getRowNum(), cells));
            }
        } catch (IOException | RuntimeException e) {
            // Not a workbook (another kind of zip), or one fastexcel cannot read: refused, never half read.
            return new Records(List.of(), new Problem(0, KEY + "xlsxUnreadable", List.of()));
        }
        return new Records(lines, null);
    }

    private static Stream<Row> rows(Sheet sheet) {
        try {
            return sheet.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell as the CSV would have it: text as typed; a number in plain digits (a 法人番号 typed as a number keeps all
     * 13, which a workbook stores exactly); a formula's last result.
     */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.asBoolean().toString();
            case STRING -> cell.asString();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    /**
     * Whether the zip's entries, actually unpacked, add up to at most {@code limit} bytes (not what the headers
     * claim, which a crafted file can understate). Read through the central directory with commons-compress, as the
     * workbook reader reads it: {@code java.util.zip.ZipInputStream} refuses the entries Excel and fastexcel write
     * with a data descriptor, and would leave such a file unmeasured.
     */
    static boolean unpacksWithin(byte[] content, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > limit) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    // --- records and line numbers ---------------------------------------------------------------------------

    /** A non-blank record and the physical line it starts on. */
    private record Line(int number, List<String> cells) {

        String cell(Integer index) {
            return index == null || index >= cells.size() ? "" : cells.get(index);
        }
    }

    /** The non-blank records, header first, or the problem that stopped reading. */
    private record Records(List<Line> lines, Problem stop) {
    }

    private static Records records(String text) {
        LineIndex index = new LineIndex(text);
        List<Line> lines = new ArrayList<>();
        long linesRead = 0;
        try (CSVParser parser = IMPORT_FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                linesRead = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.size() > MAX_ROWS) {
                    return new Records(List.of(), new Problem(0, KEY + "tooManyRows", List.of(MAX_ROWS)));
                }
                lines.add(new Line(index.lineAt(record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException | UncheckedIOException e) {
            int line = index.lineAt(index.startOfLine(linesRead));
            return new Records(List.of(), new Problem(line, KEY + "malformed", List.of()));
        }
        return new Records(lines, null);
    }

    /**
     * Physical line numbers as a text editor counts them (CR LF, LF or a lone CR ends a line), so a problem points
     * at the line the user finds; a record spanning lines is reported at its first.
     */
    private static final class LineIndex {

        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (c == '\r' || c == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Where the line after {@code linesBefore} line breaks starts. */
        long startOfLine(long linesBefore) {
            return starts[(int) Math.min(linesBefore, starts.length - 1)];
        }

        /** The line of the first character at or after {@code position} that is not a line break. */
        int lineAt(long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
                p++;
            }
            int found = Arrays.binarySearch(starts, p);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    // --- validation -----------------------------------------------------------------------------------------

    /** One import: the header's column positions, the numbers seen so far, the rows and problems collected. */
    private static final class Import {

        private final Predicate<String> departmentExists;
        private final Predicate<String> corporateNumberTaken;
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
        private final Set<Integer> namedPositions = new LinkedHashSet<>();
        private final Map<String, Integer> firstLineOfNumber = new HashMap<>();
        private final List<ContractorCsvRow> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private Line current;

        Import(Predicate<String> departmentExists, Predicate<String> corporateNumberTaken) {
            this.departmentExists = departmentExists;
            this.corporateNumberTaken = corporateNumberTaken;
        }

        /** Maps the header's names to columns; false when the file cannot be read by it. */
        boolean header(Line header) {
            for (int i = 0; i < header.cells().size(); i++) {
                String name = header.cells().get(i).strip();
                if (name.isEmpty()) {
                    continue;
                }
                namedPositions.add(i);
                Optional<Column> column = Column.byHeader(name);
                if (column.isEmpty()) {
                    problems.add(new Problem(0, KEY + "unknownColumn", List.of(name)));
                } else if (columns.putIfAbsent(column.get(), i) != null) {
                    problems.add(new Problem(0, KEY + "duplicateColumn", List.of(name)));
                }
            }
            for (Column column : Column.values()) {
                if (column.required && !columns.containsKey(column)) {
                    problems.add(new Problem(0, KEY + "missingColumn", List.of(column.japanese, column.english)));
                }
            }
            return problems.isEmpty();
        }

        void row(Line line) {
            current = line;
            int problemsBefore = problems.size();
            String name = required(Column.NAME, 200);
            String kana = kana();
            Boolean soleProprietor = soleProprietor();
            String corporateNumber = corporateNumber(soleProprietor);
            String address = required(Column.ADDRESS, 300);
            String representative = required(Column.REPRESENTATIVE, 100);
            ContactPerson contact = contact();
            List<String> departmentCodes = departmentCodes();
            checkNoStrayCells();
            if (problems.size() == problemsBefore) {
                rows.add(new ContractorCsvRow(line.number(), name, kana, corporateNumber, soleProprietor, address,
                        representative, contact, departmentCodes));
            }
        }

        /** The cell as typed, without surrounding spaces or the export's formula mark. */
        private String cell(Column column) {
            return unneutralise(current.cell(columns.get(column)).strip()).strip();
        }

        private void problem(String key, Object... arguments) {
            problems.add(new Problem(current.number(), KEY + key, List.of(arguments)));
        }

        private String required(Column column, int maxLength) {
            String value = cell(column);
            if (value.isEmpty()) {
                problem(column.key + ".required");
            }
            return withinLength(column, value, maxLength);
        }

        private String withinLength(Column column, String value, int maxLength) {
            if (value.length() > maxLength) {
                problem(column.key + ".tooLong", maxLength, value.length());
            }
            return value;
        }

        private String kana() {
            String reading = SearchKeys.katakana(cell(Column.NAME_KANA));
            if (reading.isEmpty()) {
                problem(Column.NAME_KANA.key + ".required");
            }
            withinLength(Column.NAME_KANA, reading, 200);
            if (!reading.isEmpty() && !SearchKeys.isKatakana(reading)) {
                String wrong = reading.codePoints().mapToObj(Character::toString)
                        .filter(c -> !SearchKeys.isKatakana(c)).distinct().collect(Collectors.joining());
                problem(Column.NAME_KANA.key + ".notKatakana", wrong);
            }
            return reading;
        }

        /** {@code null} when the value is not one of the accepted words. */
        private Boolean soleProprietor() {
            String value = cell(Column.SOLE_PROPRIETOR);
            Boolean sole = YES_NO.get(nfkc(value).toLowerCase(Locale.ROOT));
            if (sole == null) {
                problem(Column.SOLE_PROPRIETOR.key + ".invalid", value);
            }
            return sole;
        }

        private String corporateNumber(Boolean soleProprietor) {
            String value = cell(Column.CORPORATE_NUMBER);
            String key = Column.CORPORATE_NUMBER.key;
            if (EXCEL_EXPONENT.matcher(value).matches()) {
                problem(key + ".excelExponent", value);
                return null;
            }
            CorporateNumber.Check check = CorporateNumber.check(value);
            if (check.problem() == CorporateNumber.Problem.BLANK) {
                if (Boolean.FALSE.equals(soleProprietor)) {
                    problem(key + ".requiredForCompany");
                }
                return null;
            }
            if (check.problem() == CorporateNumber.Problem.WRONG_LENGTH) {
                problem(key + ".WRONG_LENGTH", value, CorporateNumber.normalise(value).length());
                return null;
            }
            if (!check.valid()) {
                problem(key + "." + check.problem().name(), value);
                return null;
            }
            String number = check.number();
            Integer firstLine = firstLineOfNumber.putIfAbsent(number, current.number());
            if (firstLine != null) {
                problem(key + ".duplicateInFile", number, firstLine);
            }
            if (corporateNumberTaken.test(number)) {
                problem(key + ".alreadyRegistered", number);
            }
            return number;
        }

        /** {@code null} when all four contact columns are blank. */
        private ContactPerson contact() {
            String name = cell(Column.CONTACT_NAME);
            String department = cell(Column.CONTACT_DEPARTMENT);
            String email = nfkc(cell(Column.CONTACT_EMAIL));
            String phone = nfkc(cell(Column.CONTACT_PHONE));
            if (name.isEmpty() && department.isEmpty() && email.isEmpty() && phone.isEmpty()) {
                return null;
            }
            required(Column.CONTACT_NAME, 100);
            withinLength(Column.CONTACT_DEPARTMENT, department, 100);
            if (email.length() > 254) {
                withinLength(Column.CONTACT_EMAIL, email, 254);
            } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                problem(Column.CONTACT_EMAIL.key + ".invalid", email);
            }
            if (phone.length() > 30) {
                withinLength(Column.CONTACT_PHONE, phone, 30);
            } else if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                problem(Column.CONTACT_PHONE.key + ".invalid", phone);
            }
            return new ContactPerson(name, department, email, phone);
        }

        private List<String> departmentCodes() {
            String value = nfkc(cell(Column.DEPARTMENT_CODES));
            List<String> codes = value.isEmpty() ? List.of()
                    : CODE_SEPARATOR.splitAsStream(value).filter(c -> !c.isEmpty()).distinct().toList();
            for (String code : codes) {
                if (!departmentExists.test(code)) {
                    problem(Column.DEPARTMENT_CODES.key + ".unknown", code);
                }
            }
            return codes;
        }

        /** A value under no header usually means the row's cells have shifted. */
        private void checkNoStrayCells() {
            for (int i = 0; i < current.cells().size(); i++) {
                if (!namedPositions.contains(i) && !current.cells().get(i).isBlank()) {
                    problem("strayCell", i + 1);
                    return;
                }
            }
        }
    }
}
