package jp.kochi.vrm.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
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
 * every object of the file, within a limit on objects and on time, so a file of very many tiny objects is
 * refused instead of filling the heap on the request thread);
 * <li>PDFs with XFA forms, actions that send form data ({@code /SubmitForm}), read data
 * ({@code /ImportData}) or open another file ({@code /GoToR}, {@code /GoToE}), wherever they are (document
 * open action, additional actions, annotations, form fields, bookmarks, named destinations), and multimedia
 * annotations ({@code /RichMedia}, {@code /3D}, {@code /Screen}, {@code /Movie}, {@code /Sound}) are
 * refused;
 * <li>a PDF {@code /URI} action is refused when it runs by itself: the document's open action, any
 * additional-actions ({@code /AA}) trigger (document, page, annotation or field: opening, closing, the pointer
 * passing over, focus), and anything chained after those with {@code /Next}. A {@code /URI} action the reader
 * has to click (a link annotation's or bookmark's {@code /A}) is kept: clickable web links are common in real
 * reports and do nothing until a person chooses to follow them;
 * <li>Office files are opened only within limits on entries and expanded size (zip bombs), and macro-enabled
 * ones are refused; so are Office files with external relationships ({@code TargetMode="External"} in any
 * {@code *.rels} part: a remote template, a link to another workbook, a linked picture or OLE object), OLE
 * objects and embedded packages (parts under {@code embeddings/}, relationship types {@code oleObject} and
 * {@code package}) and ActiveX controls (parts under {@code activeX/}, relationship type {@code control}).
 * External hyperlink relationships are kept: they are the ordinary clickable links of a document and load
 * nothing until a person clicks them. Embedded chart data is an embedded package, so a document with a
 * chart is refused too (the message says to paste the chart as a picture or convert to PDF);
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
    /** Office: largest relationships part ({@code *.rels}) read as XML, a few tens of thousands of relationships. */
    static final int MAX_OOXML_RELATIONSHIPS_PART = 8 * 1024 * 1024;
    /**
     * PDF: at most this many indirect objects, counted in the cross-reference table before any is read. A
     * long report or a tagged (accessible) PDF has some thousands to tens of thousands; past this, reading them
     * all would take a large part of the 512 MB heap on one request thread.
     */
    static final int MAX_PDF_OBJECTS = 100_000;
    /** PDF: at most this many dictionaries and arrays walked, the direct ones inside objects included. */
    static final int MAX_PDF_STRUCTURES = 500_000;
    /**
     * PDF: the check runs on the request thread and must end within this time, counted from before the file is
     * opened; the walk looks at the clock at every dictionary and array.
     */
    static final Duration MAX_PDF_CHECK_TIME = Duration.ofSeconds(10);

    private static final Tika TIKA = new Tika();
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
    private static final COSName IMPORT_DATA = COSName.getPDFName("ImportData");
    private static final Set<COSName> OTHER_FILE = Set.of(COSName.getPDFName("GoToR"), COSName.getPDFName("GoToE"));
    private static final Set<COSName> MULTIMEDIA = Set.of(COSName.getPDFName("RichMedia"), COSName.getPDFName("3D"),
            COSName.getPDFName("Screen"), COSName.getPDFName("Movie"), COSName.getPDFName("Sound"));
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
                String part = "/" + name.toLowerCase(Locale.ROOT);
                if (part.endsWith("vbaproject.bin")) {
                    throw new BusinessRuleViolation("evidence.officeMacros");
                }
                if (part.contains("/embeddings/")) {
                    throw new BusinessRuleViolation("evidence.officeEmbeddedObject");
                }
                if (part.contains("/activex/")) {
                    throw new BusinessRuleViolation("evidence.officeActiveX");
                }
                contentTypes |= name.equals("[Content_Types].xml");
                workbook |= name.equals("xl/workbook.xml");
                document |= name.equals("word/document.xml");
                expanded += part.endsWith(".rels")
                        ? checkRelationships(zip, entry, MAX_ZIP_EXPANDED - expanded)
                        : expandedSize(zip, entry, MAX_ZIP_EXPANDED - expanded);
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
     * Reads a relationships part (within {@link #MAX_OOXML_RELATIONSHIPS_PART} and the remaining allowance) as
     * XML without a document type, and refuses the relationships named in the class comment; returns its size.
     * Relationship types and target modes are compared without case.
     */
    private static long checkRelationships(ZipFile zip, ZipEntry entry, long allowance) throws IOException {
        byte[] content = readWithin(zip, entry, Math.min(allowance, MAX_OOXML_RELATIONSHIPS_PART));
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        // Office packages have no document type (ECMA-376 part 2); one here is an attack on the reader.
                        throw new BusinessRuleViolation("evidence.archiveInvalid");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
                        checkRelationship(xml.getAttributeValue(null, "Type"), xml.getAttributeValue(null, "TargetMode"));
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BusinessRuleViolation("evidence.archiveInvalid");
        }
        return content.length;
    }

    private static void checkRelationship(String type, String targetMode) {
        String kind = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (targetMode != null && targetMode.strip().equalsIgnoreCase("External") && !kind.endsWith("/hyperlink")) {
            throw new BusinessRuleViolation("evidence.officeExternalLink");
        }
        if (kind.endsWith("/oleobject") || kind.endsWith("/package")) {
            throw new BusinessRuleViolation("evidence.officeEmbeddedObject");
        }
        if (kind.endsWith("/control") || kind.endsWith("/activexcontrolbinary")) {
            throw new BusinessRuleViolation("evidence.officeActiveX");
        }
    }

    /** The entry's content, or a refusal once it passes the limit (the header's size may lie). */
    private static byte[] readWithin(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) != -1;) {
                if (content.size() + n > limit) {
                    throw new BusinessRuleViolation("evidence.archiveTooLarge");
                }
                content.write(buffer, 0, n);
            }
        }
        return content.toByteArray();
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
        checkPdf(file, System::nanoTime);
    }

    /** As {@link #checkPdf(Path)}, with the time read from {@code nanoTime}. */
    static void checkPdf(Path file, LongSupplier nanoTime) throws IOException {
        PdfWalk walk = new PdfWalk(nanoTime);
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
            COSDocument cos = doc.getDocument();
            if (cos.getXrefTable().size() > MAX_PDF_OBJECTS) {
                throw new BusinessRuleViolation("evidence.pdfTooManyObjects", MAX_PDF_OBJECTS);
            }
            walk.add(cos.getTrailer());
            for (COSObjectKey key : cos.getXrefTable().keySet()) {
                COSObject object = cos.getObjectFromPool(key);
                if (object != null) {
                    walk.add(object);
                }
            }
            walk.run();
        }
    }

    /** One walk over a PDF's objects, within {@link #MAX_PDF_STRUCTURES} and {@link #MAX_PDF_CHECK_TIME}. */
    private static final class PdfWalk {

        private final LongSupplier nanoTime;
        private final long deadline;
        private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Actions already followed as running by themselves (open action, {@code /AA}, and their {@code /Next}). */
        private final Set<COSBase> seenRunningByThemselves = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Deque<COSBase> todo = new ArrayDeque<>();
        private int structures;

        PdfWalk(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            this.deadline = nanoTime.getAsLong() + MAX_PDF_CHECK_TIME.toNanos();
        }

        void add(COSBase value) {
            todo.push(value);
        }

        void run() {
            while (!todo.isEmpty()) {
                COSBase value = resolve(todo.pop());
                if (value instanceof COSDictionary dict && seen.add(dict)) {
                    count();
                    check(dict);
                    dict.getValues().forEach(todo::push);
                } else if (value instanceof COSArray array && seen.add(array)) {
                    count();
                    array.forEach(todo::push);
                }
            }
        }

        /** Counts one dictionary or array against the limits. */
        private void count() {
            if (++structures > MAX_PDF_STRUCTURES) {
                throw new BusinessRuleViolation("evidence.pdfTooManyObjects", MAX_PDF_STRUCTURES);
            }
            if (nanoTime.getAsLong() - deadline > 0) {
                throw new BusinessRuleViolation("evidence.pdfCheckTooSlow", MAX_PDF_CHECK_TIME.toSeconds());
            }
        }

        private void check(COSDictionary dict) {
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
            if (dict.containsKey(COSName.XFA)) {
                throw new BusinessRuleViolation("evidence.pdfXfa");
            }
            if (SUBMIT_FORM.equals(subtype)) {
                throw new BusinessRuleViolation("evidence.pdfSubmitForm");
            }
            if (IMPORT_DATA.equals(subtype)) {
                throw new BusinessRuleViolation("evidence.pdfImportData");
            }
            if (subtype != null && OTHER_FILE.contains(subtype)) {
                throw new BusinessRuleViolation("evidence.pdfOtherFile");
            }
            COSName annotation = dict.getCOSName(COSName.SUBTYPE);
            if (annotation != null && MULTIMEDIA.contains(annotation)) {
                throw new BusinessRuleViolation("evidence.pdfMultimedia");
            }
            COSBase openAction = dict.getDictionaryObject(COSName.OPEN_ACTION);
            if (openAction != null) {
                checkNoUriRunningByItself(openAction);
            }
            if (dict.getDictionaryObject(COSName.AA) instanceof COSDictionary triggers) {
                triggers.getValues().forEach(this::checkNoUriRunningByItself);
            }
        }

        /** Refuses a {@code /URI} action among an action that runs without a click and those chained after it. */
        private void checkNoUriRunningByItself(COSBase action) {
            Deque<COSBase> chain = new ArrayDeque<>();
            chain.push(action);
            while (!chain.isEmpty()) {
                COSBase value = resolve(chain.pop());
                if (value instanceof COSDictionary dict && seenRunningByThemselves.add(dict)) {
                    count();
                    if (COSName.URI.equals(dict.getCOSName(COSName.S))) {
                        throw new BusinessRuleViolation("evidence.pdfAutomaticUri");
                    }
                    COSBase next = dict.getItem(COSName.NEXT);
                    if (next != null) {
                        chain.push(next);
                    }
                } else if (value instanceof COSArray array && seenRunningByThemselves.add(array)) {
                    count();
                    array.forEach(chain::push);
                }
            }
        }

        private static COSBase resolve(COSBase value) {
            return value instanceof COSObject o ? o.getObject() : value;
        }
    }
}
