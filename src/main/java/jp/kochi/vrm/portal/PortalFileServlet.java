package jp.kochi.vrm.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.kochi.vrm.evidence.EvidenceServlet;
import jp.kochi.vrm.evidence.EvidenceStore;

/**
 * Download of a file of the signed-in contractor's own submissions: {@code /portal/files/<id>}. Any other id,
 * another contractor's included, is answered 404 exactly like one that does not exist.
 */
@WebServlet("/portal/files/*")
public class PortalFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractorPortal portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EvidenceStore.Download> download = EvidenceServlet.parseId(request.getPathInfo()).flatMap(portal::download);
        EvidenceServlet.send(download, response);
    }
}
