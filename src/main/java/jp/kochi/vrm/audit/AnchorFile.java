package jp.kochi.vrm.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The append-only file of {@link AuditAnchor} lines, {@code audit-anchor.log} in {@code VRM_AUDIT_ANCHOR_DIR}. The
 * portal only ever appends (each line written and synced in one call); that nobody else can change it is the
 * operator's part: a folder the database owner cannot write, made append-only ({@code chattr +a}) or copied off the
 * host (SECURITY.md).
 */
final class AnchorFile {

    static final String NAME = "audit-anchor.log";

    private final Path file;

    AnchorFile(Path dir) {
        this.file = dir.resolve(NAME);
    }

    void append(AuditAnchor anchor) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, (anchor.line() + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Audit anchor could not be written to " + file, e);
        }
    }

    /** Every anchor in the file, in the order written; none when it does not exist. */
    List<AuditAnchor> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).map(AuditAnchor::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Audit anchors could not be read from " + file, e);
        }
    }

    boolean isEmpty() {
        return read().isEmpty();
    }
}
