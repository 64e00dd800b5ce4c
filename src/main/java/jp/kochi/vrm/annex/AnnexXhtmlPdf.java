package jp.kochi.vrm.annex;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kochi.vrm.audit.XhtmlPdf;
import org.w3c.dom.Document;

/** The annex's renderer and font (IPAex明朝, embedded) for the audit log's PDF export. */
@ApplicationScoped
public class AnnexXhtmlPdf implements XhtmlPdf {

    private volatile AnnexRenderer renderer;

    private AnnexRenderer renderer() {
        if (renderer == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new AnnexRenderer(AnnexTemplate.fromClasspath());
                }
            }
        }
        return renderer;
    }

    @Override
    public byte[] render(Document xhtml, String name) {
        return renderer().renderHtml(xhtml, "about:blank", name).pdf();
    }
}
