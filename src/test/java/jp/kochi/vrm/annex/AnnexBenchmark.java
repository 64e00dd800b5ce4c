package jp.kochi.vrm.annex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 20-article annex (3–6 paragraphs each, facts table) rendered by {@link AnnexRenderer}, beside a baseline
 * that writes the same text with plain PDFBox and the same IPAex font: a PDType0Font subset, lines wrapped
 * by summing character widths, A4 pages, the same footer. The baseline is the least a PDF of this text
 * costs; the renderer's price over it buys the editable template and the Japanese line-breaking rules.
 *
 * <p>Run with {@code ./mvnw -Pannex-benchmark} (BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class AnnexBenchmark {

    static final int ARTICLES = 20;

    private AnnexDocument annex;
    private AnnexRenderer renderer;
    private TrueTypeFont baselineFont;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        annex = AnnexSamples.contract(ARTICLES);
        renderer = new AnnexRenderer(AnnexTemplate.fromClasspath());
        try (InputStream in = AnnexBenchmark.class.getResourceAsStream("/contracts-templates/" + AnnexTemplate.FONT_FILE)) {
            baselineFont = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        // The same font settings as the renderer (PDFBox's GSUB pass is off there too).
        baselineFont.setEnableGsub(false);
        AnnexRenderer.Rendered rendered = renderer.render(annex);
        byte[] baseline = baseline();
        System.out.printf("%n20-article annex: renderer %d pages, %,d bytes; baseline %,d bytes%n",
                rendered.pageCount(), rendered.pdf().length, baseline.length);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] annexRendererTime() {
        return renderer.render(annex).pdf();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] annexRendererThroughput() {
        return renderer.render(annex).pdf();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] plainPdfBoxTime() throws IOException {
        return baseline();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] plainPdfBoxThroughput() throws IOException {
        return baseline();
    }

    byte[] baseline() throws IOException {
        return new PlainPdfBoxAnnex(baselineFont).write(annex);
    }

    /** The baseline: the annex's text laid out by hand with PDFBox alone. */
    static final class PlainPdfBoxAnnex {
        private static final float MM = 72f / 25.4f;
        private static final float LEFT = 20 * MM;
        private static final float WIDTH = PDRectangle.A4.getWidth() - 40 * MM;
        private static final float TOP = PDRectangle.A4.getHeight() - 22 * MM;
        private static final float BOTTOM = 25 * MM;
        private static final float SIZE = 10.5f;

        private final TrueTypeFont ttf;
        private final Map<Integer, Float> widths = new HashMap<>();
        private PDDocument pdf;
        private PDType0Font font;
        private PDPageContentStream page;
        private float y;

        PlainPdfBoxAnnex(TrueTypeFont ttf) {
            this.ttf = ttf;
        }

        byte[] write(AnnexDocument annex) throws IOException {
            try (PDDocument document = new PDDocument()) {
                pdf = document;
                font = PDType0Font.load(pdf, ttf, true);
                newPage();
                paragraph("文書番号　" + annex.documentNumber() + "（第" + annex.version() + "版）", 0, SIZE);
                paragraph("発行日　" + DateTimeFormatter.ofPattern("uuuu/MM/dd").format(annex.issuedOn()), 0, SIZE);
                paragraph(annex.issuer(), 0, SIZE);
                paragraph(annex.title(), 0, 16);
                paragraph("契約の表示", 0, 12);
                for (AnnexDocument.Fact fact : annex.facts()) {
                    paragraph(fact.label() + "　" + fact.value(), 0, SIZE);
                }
                for (AnnexDocument.Chapter chapter : annex.chapters()) {
                    paragraph(chapter.title(), 0, 13);
                    int number = 0;
                    for (AnnexDocument.Article article : chapter.articles()) {
                        number++;
                        paragraph(AnnexDomFiller.articleHeading(number, article.heading()), 0, SIZE);
                        int p = 0;
                        for (String text : article.paragraphs()) {
                            p++;
                            paragraph(p == 1 ? "　" + text : AnnexDomFiller.fullWidth(p) + "　" + text, SIZE, SIZE);
                        }
                    }
                }
                page.close();
                footers(annex);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                pdf.save(out);
                return out.toByteArray();
            }
        }

        private void paragraph(String text, float hangingIndent, float size) throws IOException {
            List<String> lines = wrap(text, hangingIndent, size);
            for (int i = 0; i < lines.size(); i++) {
                float leading = size * 1.7f;
                if (y - leading < BOTTOM) {
                    page.close();
                    newPage();
                }
                y -= leading;
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(LEFT + (i == 0 ? 0 : hangingIndent), y);
                page.showText(lines.get(i));
                page.endText();
            }
        }

        /** Fills each line up to the width, character by character; no line-breaking rules. */
        private List<String> wrap(String text, float hangingIndent, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            float available = WIDTH;
            float used = 0;
            int start = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                float width = width(codePoint) * size / 1000f;
                if (used + width > available && i > start) {
                    lines.add(text.substring(start, i));
                    start = i;
                    used = 0;
                    available = WIDTH - hangingIndent;
                }
                used += width;
                i += Character.charCount(codePoint);
            }
            lines.add(text.substring(start));
            return lines;
        }

        private float width(int codePoint) throws IOException {
            Float known = widths.get(codePoint);
            if (known == null) {
                known = font.getStringWidth(new String(Character.toChars(codePoint)));
                widths.put(codePoint, known);
            }
            return known;
        }

        private void newPage() throws IOException {
            PDPage next = new PDPage(PDRectangle.A4);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = TOP;
        }

        private void footers(AnnexDocument annex) throws IOException {
            int pages = pdf.getNumberOfPages();
            String documentId = "文書番号 " + annex.documentNumber() + "　第" + annex.version() + "版";
            for (int n = 1; n <= pages; n++) {
                try (PDPageContentStream footer = new PDPageContentStream(pdf, pdf.getPage(n - 1),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String pageNumber = n + " / " + pages;
                    footer.beginText();
                    footer.setFont(font, 8.5f);
                    footer.newLineAtOffset(LEFT, BOTTOM - 10 * MM);
                    footer.showText(documentId);
                    footer.endText();
                    footer.beginText();
                    footer.newLineAtOffset(LEFT + WIDTH - font.getStringWidth(pageNumber) * 8.5f / 1000f, BOTTOM - 10 * MM);
                    footer.showText(pageNumber);
                    footer.endText();
                }
            }
        }
    }
}
