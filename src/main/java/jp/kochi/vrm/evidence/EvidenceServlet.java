package jp.kochi.vrm.evidence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Download of an evidence file by staff: {@code /files/<id>}. Sent as an attachment with the type found in
 * its content, so the browser never renders an upload inline. Access is limited in web.xml and again by
 * {@link EvidenceStore}.
 */
@WebServlet("/files/*")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(parseId(request.getPathInfo()).flatMap(store::download), response);
    }

    /** Sends the file as an attachment, or 404 when there is none to send. */
    public static void send(Optional<EvidenceStore.Download> download, HttpServletResponse response) throws IOException {
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceFile file = download.get().file();
        response.setContentType(file.getMediaType());
        response.setContentLengthLong(file.getSizeBytes());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-SHA256", file.getSha256());
        try (InputStream in = download.get().open()) {
            in.transferTo(response.getOutputStream());
        }
    }

    public static Optional<Long> parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
