package jp.kochi.vrm.annex;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;

/**
 * Renders an {@link AnnexDocument} to an A4 PDF with the {@link AnnexTemplate}'s layout and its font,
 * embedded as a subset. Thread-safe and meant to be kept: the font is parsed once, here, and shared by all
 * renders.
 */
public final class AnnexRenderer {

    /** The font family name the template's CSS uses; every other name falls back to the same font. */
    public static final String FONT_FAMILY = "IPAexMincho";

    static {
        // openhtmltopdf logs every render at INFO ("using fast mode" …); keep its warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private final AnnexTemplate template;
    private final TrueTypeFont font;
    private final Supplier<FSTextBreaker> lineBreakers;

    /** Reads and parses the template's font; the template itself is read on the first render. */
    public AnnexRenderer(AnnexTemplate template) {
        this(template, JapaneseLineBreaker::new);
    }

    /** With another line breaker, for tests that show what the Japanese one prevents. */
    AnnexRenderer(AnnexTemplate template, Supplier<FSTextBreaker> lineBreakers) {
        this.template = Objects.requireNonNull(template, "template");
        this.lineBreakers = Objects.requireNonNull(lineBreakers, "lineBreakers");
        byte[] fontBytes = template.fontBytes();
        try {
            // Kept in memory and shared: PDFBox synchronises the font's table reads, and each document
            // embeds its own subset of it.
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
            // PDFBox 3 runs every shown string through the font's GSUB table, which IPAex declares for Latin
            // (ligatures), compiling regular expressions each time: over half of the render time. Horizontal
            // Japanese needs no glyph substitution, so it is switched off.
            this.font.setEnableGsub(false);
        } catch (IOException e) {
            throw new AnnexTemplateException(template.fontLocation(),
                    "not a TrueType font (" + e.getMessage() + ")", e);
        }
    }

    /** The PDF and its number of pages. */
    public record Rendered(byte[] pdf, int pageCount) {
    }

    /**
     * Renders {@code document}.
     *
     * @throws AnnexTemplateException if the template is missing, not well-formed or lacks a place for a value
     */
    public Rendered render(AnnexDocument document) {
        Objects.requireNonNull(document, "document");
        AnnexTemplate.ParsedTemplate parsed = template.current();
        Document html = parsed.copy();
        AnnexDomFiller.fill(html, document);

        return renderHtml(html, parsed.baseUri(), document.documentNumber());
    }

    /**
     * Renders a self-contained XHTML document (nothing is fetched) in this renderer's font, e.g. a report.
     *
     * @param name what is rendered, for the error message
     */
    public Rendered renderHtml(Document html, String baseUri, String name) {
        try (PDDocument pdf = new PDDocument()) {
            OneFontPerDocument ipaex = new OneFontPerDocument(font, pdf);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .withW3cDocument(html, baseUri)
                    .useUnicodeLineBreaker(lineBreakers.get())
                    .withProducer("Kochi City VRM portal (openhtmltopdf, PDFBox)")
                    // The template is self-contained: nothing is fetched, from disk or network.
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useFont(ipaex, FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(ipaex, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                // Ahead of PDF's built-in (unembedded) Times and Helvetica: whatever family the CSS names,
                // or none, text is set in IPAex明朝.
                renderer.getFontResolver().addFont(ipaex, FONT_FAMILY, 400, IdentValue.NORMAL, true,
                        FontGroup.PRE_BUILT_IN_FALLBACK);
                renderer.getSharedContext().setTextRenderer(new CachedWidthTextRenderer());
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            int pageCount = pdf.getNumberOfPages();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return new Rendered(out.toByteArray(), pageCount);
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering " + name + " failed", e);
        }
    }

    /** The shared font, loaded into one document once however often openhtmltopdf asks for it. */
    private static final class OneFontPerDocument extends PDFontSupplier {
        private final TrueTypeFont font;
        private final PDDocument document;
        private PDFont loaded;

        OneFontPerDocument(TrueTypeFont font, PDDocument document) {
            super(null);
            this.font = font;
            this.document = document;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }
}
