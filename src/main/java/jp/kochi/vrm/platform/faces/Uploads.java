package jp.kochi.vrm.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reading an uploaded file from a form: never more than the limit plus one byte, so size is refused early. */
public final class Uploads {

    private Uploads() {
    }

    /** The bytes of the part, or {@code null} when no file was chosen. */
    public static byte[] read(Part part, long limit) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /**
     * The uploaded file as a stream (the container has spooled it to disk above a small threshold), or
     * {@code null} when no file was chosen. The evidence store reads it once, to its own size limit.
     */
    public static InputStream open(Part part) throws IOException {
        if (part == null || (part.getSize() == 0 && (part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isEmpty()))) {
            return null;
        }
        return part.getInputStream();
    }

    /**
     * The names of the files chosen in this request that arrived empty (0 bytes). The file field drops an empty
     * file before the page sees it, which then read as "no file chosen"; the request's own parts still name it.
     */
    public static List<String> emptyFilesInRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !(faces.getExternalContext().getRequest() instanceof HttpServletRequest request)
                || request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
            return List.of();
        }
        try {
            return emptyFiles(request.getParts());
        } catch (IOException | ServletException | IllegalStateException e) {
            return List.of();
        }
    }

    /** The names of the chosen files among {@code parts} that are empty (a name, no bytes). */
    public static List<String> emptyFiles(Collection<Part> parts) {
        List<String> empty = new ArrayList<>();
        for (Part part : parts) {
            String name = part.getSubmittedFileName();
            if (name != null && !name.isBlank() && part.getSize() == 0) {
                empty.add(name);
            }
        }
        return empty;
    }

    /** The name the browser gave the file (path removed by the evidence store). */
    public static String name(Part part) {
        return part == null ? null : part.getSubmittedFileName();
    }
}
