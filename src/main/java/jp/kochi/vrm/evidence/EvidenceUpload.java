package jp.kochi.vrm.evidence;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.platform.faces.Uploads;

/**
 * A file as it arrives from a form: the name the browser gave it (display text only) and its bytes, read once.
 *
 * @param name the submitted file name
 * @param content the bytes (the container has spooled large uploads to disk)
 */
public record EvidenceUpload(String name, InputStream content) {

    /**
     * The files chosen in a multiple file field (empty fields skipped). The streams are opened here and read
     * once by the evidence store.
     */
    public static List<EvidenceUpload> of(List<Part> parts) throws IOException {
        List<EvidenceUpload> uploads = new ArrayList<>();
        if (parts != null) {
            for (Part part : parts) {
                InputStream in = Uploads.open(part);
                if (in != null) {
                    uploads.add(new EvidenceUpload(Uploads.name(part), in));
                }
            }
        }
        return uploads;
    }
}
