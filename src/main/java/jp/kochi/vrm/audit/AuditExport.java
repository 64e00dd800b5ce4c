package jp.kochi.vrm.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3c.dom.Document;

/**
 * The filtered entries of the audit log as an auditor files them: a CSV (UTF-8 with BOM, for spreadsheet programs)
 * and an A4 PDF, both in the reader's words, both ending with the filter, the chain verification result and the
 * SHA-256 of the entries part. That digest is taken over the CSV's bytes from its start to the last entry, so the
 * CSV can be checked on its own and the PDF of the same selection names the same digest. The whole file's SHA-256
 * is written to the audit log when it is exported (record type {@code AuditLogExport}).
 */
public final class AuditExport {

    /** What the footer says besides the entries. */
    public record Footer(String filter, String verification, String exportedAt, String exportedBy) {
    }

    /** An export: its bytes, the digest of its entries part and the number of entries. */
    public record File(byte[] bytes, String entriesSha256, int entries) {

        /** The SHA-256 of the whole file, as recorded in the audit log. */
        public String sha256() {
            return sha256Hex(bytes);
        }
    }

    private static final List<String> COLUMNS = List.of("audit.seq", "audit.occurredAt", "audit.actor", "audit.action",
            "audit.recordType", "audit.recordId", "audit.details", "audit.hash");

    private final UnaryOperator<String> text;
    private final AuditVocabulary words;
    private final Function<AuditEntry, String> occurredAt;

    /**
     * @param text       the text of a key in the reader's language
     * @param words      record types, fields and values in the reader's words
     * @param occurredAt an entry's time as the city writes it (2026/12/07 10:15:00)
     */
    public AuditExport(UnaryOperator<String> text, AuditVocabulary words, Function<AuditEntry, String> occurredAt) {
        this.text = text;
        this.words = words;
        this.occurredAt = occurredAt;
    }

    /** The header and one row per entry, as both files show them. */
    List<List<String>> table(List<AuditEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(text).toList());
        for (AuditEntry e : entries) {
            rows.add(List.of(Long.toString(e.getSeq()), occurredAt.apply(e), e.getActor(),
                    text.apply("audit.action." + e.getAction()), words.recordType(e.getRecordType()),
                    e.getRecordId() == null ? "" : e.getRecordId(),
                    String.join("\n", words.lines(e.getRecordType(), e.getDetails())),
                    e.getEntryHash() == null ? "" : e.getEntryHash()));
        }
        return rows;
    }

    /** The CSV: BOM, header, entries, a blank line, then the footer (filter, verification, digest, who and when). */
    public File csv(List<AuditEntry> entries, Footer footer) {
        try {
            StringWriter body = new StringWriter();
            body.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(body, CSVFormat.RFC4180)) {
                for (List<String> row : table(entries)) {
                    csv.printRecord(row.stream().map(AuditExport::neutralise).toList());
                }
            }
            String entriesPart = body.toString();
            String digest = sha256Hex(entriesPart.getBytes(StandardCharsets.UTF_8));
            StringWriter all = new StringWriter();
            all.write(entriesPart);
            try (CSVPrinter csv = new CSVPrinter(all, CSVFormat.RFC4180)) {
                csv.println();
                for (List<String> line : footerLines(footer, entries.size(), digest)) {
                    csv.printRecord(line.stream().map(AuditExport::neutralise).toList());
                }
            }
            return new File(all.toString().getBytes(StandardCharsets.UTF_8), digest, entries.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF: title, footer facts first (what was selected, whether the chain is intact), then the entries. */
    public File pdf(List<AuditEntry> entries, Footer footer, XhtmlPdf renderer) {
        String digest = csv(entries, footer).entriesSha256();
        List<List<String>> table = table(entries);
        StringBuilder h = new StringBuilder(32_768);
        h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(esc(text.apply("audit.export.lang")))
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(esc(text.apply("audit.export.title")))
                .append("</title><style>")
                .append("@page { size: A4 landscape; margin: 12mm 10mm; @bottom-center { content: counter(page) \" / \" counter(pages); font-size: 7pt; } }")
                .append("body { font-family: IPAexMincho; font-size: 7.5pt; line-height: 1.4; }")
                .append("h1 { font-size: 13pt; margin: 0 0 3mm; } dl { margin: 0 0 3mm; } dt { font-weight: bold; }")
                .append("dd { margin: 0 0 1mm 4mm; word-break: break-all; }")
                .append("table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; table-layout: fixed; }")
                .append("th, td { border: 0.5pt solid #333; padding: 0.8mm 1mm; vertical-align: top; word-break: break-all; }")
                .append("th { background: #eee; } thead { display: table-header-group; } tr { page-break-inside: avoid; }")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(text.apply("audit.export.title"))).append("</h1><dl>");
        for (List<String> line : footerLines(footer, entries.size(), digest)) {
            h.append("<dt>").append(esc(line.get(0))).append("</dt><dd>").append(esc(line.get(1))).append("</dd>");
        }
        h.append("</dl><table><colgroup><col style=\"width:5%\"/><col style=\"width:10%\"/><col style=\"width:9%\"/>")
                .append("<col style=\"width:7%\"/><col style=\"width:9%\"/><col style=\"width:6%\"/><col style=\"width:38%\"/>")
                .append("<col style=\"width:16%\"/></colgroup><thead><tr>");
        table.get(0).forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<String> row : table.subList(1, table.size())) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(esc(cell).replace("\n", "<br/>")).append("</td>");
            }
            h.append("</tr>");
        }
        if (entries.isEmpty()) {
            h.append("<tr><td colspan=\"8\">").append(esc(text.apply("app.noRecords"))).append("</td></tr>");
        }
        h.append("</tbody></table></body></html>");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(h.toString().getBytes(StandardCharsets.UTF_8)));
            return new File(renderer.render(doc, "audit log export"), digest, entries.size());
        } catch (Exception e) {
            throw new IllegalStateException("The audit log export could not be built", e);
        }
    }

    private List<List<String>> footerLines(Footer footer, int count, String digest) {
        return List.of(List.of(text.apply("audit.export.filter"), footer.filter()),
                List.of(text.apply("audit.export.count"), Integer.toString(count)),
                List.of(text.apply("audit.export.verification"), footer.verification()),
                List.of(text.apply("audit.export.entriesSha256"), digest),
                List.of(text.apply("audit.export.exportedAt"), footer.exportedAt()),
                List.of(text.apply("audit.export.exportedBy"), footer.exportedBy()));
    }

    /** A cell a spreadsheet would run as a formula (= + - @, tab, carriage return) is prefixed with an apostrophe. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
