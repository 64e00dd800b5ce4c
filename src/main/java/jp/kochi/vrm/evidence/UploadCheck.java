package jp.kochi.vrm.evidence;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * Decides whether an uploaded file is acceptable evidence, by its content: the type is detected from the
 * bytes (magic numbers), so a script renamed to {@code .pdf} is refused. Only PDF and images are accepted.
 */
public final class UploadCheck {

    /** Largest accepted file: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Accepted types, with the file extension a download gets. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", ".pdf",
            "image/png", ".png",
            "image/jpeg", ".jpg");

    private static final Tika TIKA = new Tika();

    /** The outcome: the detected type, or the message key of the problem. */
    public record Result(String mediaType, String problemKey) {
        public boolean accepted() {
            return problemKey == null;
        }
    }

    private UploadCheck() {
    }

    public static Result check(byte[] content) {
        if (content == null || content.length == 0) {
            return new Result(null, "evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            return new Result(null, "evidence.tooLarge");
        }
        String detected = TIKA.detect(content);
        if (!ACCEPTED.containsKey(detected)) {
            return new Result(detected, "evidence.typeNotAccepted");
        }
        return new Result(detected, null);
    }

    /** A file name safe to store and to offer for download: no path, no control characters, 200 at most. */
    public static String safeFileName(String submitted, String mediaType) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\"<>:|?*]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "evidence" + name;
        }
        String extension = ACCEPTED.getOrDefault(mediaType, "");
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                && !(extension.equals(".jpg") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
            name = name + extension;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String detect(byte[] content) throws IOException {
        return TIKA.detect(content);
    }
}
