package jp.kochi.vrm.audit;

import org.w3c.dom.Document;

/**
 * Renders a self-contained XHTML document as a PDF in the city's Japanese font. Declared here and implemented by
 * the capability that owns the font and the renderer (the annex), so the audit log stays below the capabilities.
 */
public interface XhtmlPdf {

    /**
     * @param name what is rendered, for an error message
     */
    byte[] render(Document xhtml, String name);
}
