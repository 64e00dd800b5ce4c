package jp.kochi.vrm.incident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kochi.vrm.evidence.EvidenceServlet;

/**
 * Download of a file of an incident's timeline or actions by staff: {@code /staff/incidents/files/<id>}, for every
 * role that reads incidents (social media account owners included, who do not read the contractor evidence under
 * {@code /files/}). Any other id is answered 404.
 */
@WebServlet("/staff/incidents/files/*")
public class StaffIncidentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EvidenceServlet.send(EvidenceServlet.parseId(request.getPathInfo()).flatMap(service::download), response);
    }
}
