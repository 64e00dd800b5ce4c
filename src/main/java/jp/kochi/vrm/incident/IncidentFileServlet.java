package jp.kochi.vrm.incident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kochi.vrm.evidence.EvidenceServlet;

/**
 * Download of a file of the signed-in contractor's own incidents and actions: {@code /portal/incident-files/<id>}.
 * Any other id, another contractor's included, is answered 404 exactly like one that does not exist.
 */
@WebServlet("/portal/incident-files/*")
public class IncidentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentPortal portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EvidenceServlet.send(EvidenceServlet.parseId(request.getPathInfo()).flatMap(portal::download), response);
    }
}
