package jp.kochi.vrm.contract;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Download of a generated annex: {@code /annex/<id>}. Every version stays downloadable; the PDF is sent as an
 * attachment with its SHA-256 in a header so a recipient can compare it with the one the portal recorded.
 * Access is limited in web.xml and again by {@link ContractService}.
 */
@WebServlet("/annex/*")
public class AnnexServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ContractService.AnnexDownload> download;
        try {
            download = contracts.downloadAnnex(Long.parseLong(path.substring(1)));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AnnexVersion v = download.get().version();
        byte[] pdf = download.get().pdf();
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(v.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-SHA256", v.getSha256());
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
