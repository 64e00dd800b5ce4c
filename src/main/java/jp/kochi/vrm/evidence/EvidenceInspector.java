package jp.kochi.vrm.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

/**
 * Decides whether a staged upload is acceptable evidence, by its content and never by what the browser said:
 * <ul>
 * <li>the display name must be a plain file name whose extension agrees with the type found in the content;
 * <li>types: PDF, PNG, JPEG, XLSX, DOCX, CSV and plain text (Apache Tika, plus the OOXML parts that tell a
 * workbook from a document);
 * <li>PDFs with JavaScript, launch actions or embedded files, and encrypted PDFs, are refused (PDFBox walks
 * every object of the file);
 * <li>Office files are opened only within limits on entries and expanded size (zip bombs), and macro-enabled
 * ones are refused;
 * <li>a file that is also another kind of file (an image or PDF carrying a ZIP archive or an HTML page) is
 * refused as a polyglot.
 * </ul>
 * A refusal is a {@link BusinessRuleViolation} with a message key that says why.
 */
public final class EvidenceInspector {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String CSV = "text/csv";
    public static final String TEXT = "text/plain";

    /** Extensions a name may have for each accepted type (lower case, without the dot). */
    static final Map<String, Set<String>> EXTENSIONS = Map.of(
            PDF, Set.of("pdf"),
            PNG, Set.of("png"),
            JPEG, Set.of("jpg", "jpeg"),
            XLSX, Set.of("xlsx"),
            DOCX, Set.of("docx"),
            CSV, Set.of("csv"),
            TEXT, Set.of("txt", "csv"));

    /** Longest display name kept. */
    public static final int MAX_NAME = 200;
    /** Office files: at most this many entries, this many bytes once expanded, this expansion ratio. */
    static final int MAX_ZIP_ENTRIES = 5_000;
    static final long MAX_ZIP_EXPANDED = 200L * 1024 * 1024;
    static final int MAX_ZIP_RATIO = 100;

    private static final Tika TIKA = new Tika();
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final List<String> MARKUP = List.of("<script", "<html", "<!doctype html", "<svg", "<?php");

    private EvidenceInspector() {
    }

    /** The type of the staged file, once every check passed. */
    public static String inspect(Path file, String displayName) throws IOException {
        String name = checkName(displayName);
        String type = detect(file);
        String extension = extension(name);
        if (type == null) {
            throw new BusinessRuleViolation("evidence.typeNotAccepted");
        }
        if (TEXT.equals(type) && "csv".equals(extension)) {
            type = CSV;
        }
        if (!EXTENSIONS.get(type).contains(extension)) {
            throw new BusinessRuleViolation("evidence.extensionMismatch", "." + extension,
                    "." + EXTENSIONS.get(type).iterator().next());
        }
        switch (type) {
            case PDF -> {
                checkNotPolyglot(file);
                checkPdf(file);
            }
            case PNG, JPEG -> checkNotPolyglot(file);
            default -> {
                // OOXML was opened within limits by detect(); text has no active content to look for.
            }
        }
        return type;
    }

    /** The display name, or a refusal: no path, no "..", no control characters, not too long, an extension. */
    static String checkName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new BusinessRuleViolation("evidence.nameMissing");
        }
        if (name.length() > MAX_NAME) {
            throw new BusinessRuleViolation("evidence.nameTooLong", MAX_NAME);
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")
                || name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT)
                || name.chars().anyMatch(c -> "\"<>:|?*".indexOf(c) >= 0)) {
            throw new BusinessRuleViolation("evidence.nameInvalid");
        }
        if (extension(name).isEmpty()) {
            throw new BusinessRuleViolation("evidence.nameNoExtension");
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The accepted type the content is, or {@code null}. */
    private static String detect(Path file) throws IOException {
        String detected;
        try (InputStream in = TikaInputStream.get(file)) {
            detected = TIKA.detect(in);
        }
        return switch (detected) {
            case PDF, PNG, JPEG, TEXT, CSV -> detected;
            case "application/zip", "application/x-tika-ooxml", XLSX, DOCX -> officeType(file);
            default -> null;
        };
    }

    /** XLSX or DOCX from the parts inside, opened within the zip limits; null for any other archive. */
    private static String officeType(Path file) throws IOException {
        boolean contentTypes = false;
        boolean workbook = false;
        boolean document = false;
        long expanded = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new BusinessRuleViolation("evidence.archiveTooLarge");
                }
                String name = entry.getName();
                if (name.contains("..") || name.startsWith("/")) {
                    throw new BusinessRuleViolation("evidence.archiveInvalid");
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw new BusinessRuleViolation("evidence.officeMacros");
                }
                contentTypes |= name.equals("[Content_Types].xml");
                workbook |= name.equals("xl/workbook.xml");
                document |= name.equals("word/document.xml");
                expanded += expandedSize(zip, entry, MAX_ZIP_EXPANDED - expanded);
            }
        } catch (ZipException e) {
            throw new BusinessRuleViolation("evidence.archiveInvalid");
        }
        long compressed = java.nio.file.Files.size(file);
        if (expanded > (long) MAX_ZIP_RATIO * Math.max(compressed, 1024)) {
            throw new BusinessRuleViolation("evidence.archiveTooLarge");
        }
        if (!contentTypes || workbook == document) {
            return null;
        }
        return workbook ? XLSX : DOCX;
    }

    /** Reads the entry to count its real size (the header may lie); refuses past the remaining allowance. */
    private static long expandedSize(ZipFile zip, ZipEntry entry, long allowance) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) != -1;) {
                size += n;
                if (size > allowance) {
                    throw new BusinessRuleViolation("evidence.archiveTooLarge");
                }
            }
        }
        return size;
    }

    /**
     * Refuses a PDF or image that also carries a ZIP archive (its end record in the last 64 KB) or an HTML or
     * script page near its start: such a file is read as something else by other programs.
     */
    private static void checkNotPolyglot(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tailLength = (int) Math.min(length, 65_557);
            byte[] tail = new byte[tailLength];
            raf.seek(length - tailLength);
            raf.readFully(tail);
            if (indexOf(tail, ZIP_END) >= 0) {
                throw new BusinessRuleViolation("evidence.polyglot");
            }
            byte[] head = new byte[(int) Math.min(length, 2048)];
            raf.seek(0);
            raf.readFully(head);
            String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (MARKUP.stream().anyMatch(start::contains)) {
                throw new BusinessRuleViolation("evidence.polyglot");
            }
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Opens the PDF with PDFBox (temporary files, not memory, for its buffers) and walks every object. */
    private static void checkPdf(Path file) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), null, null, null,
                    MemoryUsageSetting.setupTempFileOnly().streamCache);
        } catch (InvalidPasswordException e) {
            throw new BusinessRuleViolation("evidence.pdfEncrypted");
        } catch (IOException e) {
            throw new BusinessRuleViolation("evidence.pdfUnreadable");
        }
        try (doc) {
            if (doc.isEncrypted()) {
                throw new BusinessRuleViolation("evidence.pdfEncrypted");
            }
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<COSBase> todo = new ArrayDeque<>();
            todo.push(doc.getDocument().getTrailer());
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                if (object != null) {
                    todo.push(object);
                }
            }
            while (!todo.isEmpty()) {
                COSBase next = todo.pop();
                COSBase value = next instanceof COSObject o ? o.getObject() : next;
                if (value == null || !seen.add(value)) {
                    continue;
                }
                if (value instanceof COSDictionary dict) {
                    checkPdfDictionary(dict);
                    dict.getValues().forEach(todo::push);
                } else if (value instanceof COSArray array) {
                    array.forEach(todo::push);
                }
            }
        }
    }

    private static void checkPdfDictionary(COSDictionary dict) {
        COSName subtype = dict.getCOSName(COSName.S);
        if (COSName.JAVA_SCRIPT.equals(subtype) || dict.containsKey(COSName.JS)
                || dict.containsKey(COSName.JAVA_SCRIPT)) {
            throw new BusinessRuleViolation("evidence.pdfJavaScript");
        }
        if (LAUNCH.equals(subtype)) {
            throw new BusinessRuleViolation("evidence.pdfLaunch");
        }
        if (dict.containsKey(COSName.EMBEDDED_FILES) || dict.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(dict.getCOSName(COSName.TYPE))) {
            throw new BusinessRuleViolation("evidence.pdfEmbeddedFile");
        }
    }
}
