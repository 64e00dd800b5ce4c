package jp.kochi.vrm.shell;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

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

    /** The name the browser gave the file (path removed by the evidence store). */
    public static String name(Part part) {
        return part == null ? null : part.getSubmittedFileName();
    }
}
