package jp.kochi.vrm.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * An upload written to a staging file as it arrives, never held whole in memory: its size is counted and its
 * SHA-256 computed on the way, and writing stops (the file deleted) as soon as it passes the limit.
 */
public record StagedFile(Path path, long size, String sha256) implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    /** Copies {@code in} into a new file in {@code stagingDir}; refuses an empty upload or one over {@code maxBytes}. */
    public static StagedFile stage(InputStream in, Path stagingDir, long maxBytes) throws IOException {
        Files.createDirectories(stagingDir);
        Path file = Files.createTempFile(stagingDir, "upload-", ".part");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) != -1;) {
                size += n;
                if (size > maxBytes) {
                    throw new BusinessRuleViolation("evidence.tooLarge", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (size == 0) {
            Files.deleteIfExists(file);
            throw new BusinessRuleViolation("evidence.empty");
        }
        return new StagedFile(file, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Removes the staging file if it is still there (it is gone once moved into storage). */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
