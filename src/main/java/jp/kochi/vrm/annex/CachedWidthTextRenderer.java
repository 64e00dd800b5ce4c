package jp.kochi.vrm.annex;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text measuring with each character's width remembered. Line breaking measures every
 * candidate piece of a line, and in Japanese text that is every character; PDFBox's
 * {@code PDFont.getStringWidth} encodes the string and decodes it again through the font's CMap each time
 * (a third of the render time). The sum of the remembered widths is exactly what getStringWidth returns
 * (it adds the same per-character advances, without kerning). One instance per render.
 */
final class CachedWidthTextRenderer extends PdfBoxTextRenderer {

    /** openhtmltopdf rounds a width down when it is this close to a whole number, else up. */
    private static final float MEASURING_DELTA = 0.01f;

    private final Map<PDFont, Map<Integer, Float>> widths = new IdentityHashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PDFont pdFont = firstLoaded(font);
        if (pdFont == null) {
            return super.getWidth(context, font, string);
        }
        String printable = TextRenderer.getEffectivePrintableString(string);
        Map<Integer, Float> known = widths.computeIfAbsent(pdFont, any -> new HashMap<>());
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            Float width = known.get(codePoint);
            if (width == null) {
                try {
                    width = pdFont.getStringWidth(new String(Character.toChars(codePoint)));
                } catch (IllegalArgumentException | IOException notInTheFont) {
                    // openhtmltopdf's own path handles characters the font lacks.
                    return super.getWidth(context, font, string);
                }
                known.put(codePoint, width);
            }
            units += width;
            i += Character.charCount(codePoint);
        }
        float result = units / 1000f * ((PdfBoxFSFont) font).getSize2D();
        return result - (float) Math.floor(result) < MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    /** The font openhtmltopdf itself measures with: the first of the family that loads. */
    private static PDFont firstLoaded(FSFont font) {
        List<FontDescription> descriptions = ((PdfBoxFSFont) font).getFontDescriptions();
        if (descriptions == null) {
            return null;
        }
        for (FontDescription description : descriptions) {
            PDFont loaded = description.getFont();
            if (loaded != null) {
                return loaded;
            }
        }
        return null;
    }
}
