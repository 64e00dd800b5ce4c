package jp.kochi.vrm.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain: how an entry's hash is computed from its content and its predecessor's hash. Each field
 * is written with its length first, so no two different entries can produce the same input.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The content of one entry, as stored. */
    public record Entry(long seq, Instant occurredAt, String actor, String action, String recordType,
            String recordId, String details, String prevHash, String entryHash) {
    }

    public static String hash(long seq, Instant occurredAt, String actor, String action, String recordType,
            String recordId, String details, String prevHash) {
        StringBuilder input = new StringBuilder(256);
        field(input, Long.toString(seq));
        field(input, occurredAt.toString());
        field(input, actor);
        field(input, action);
        field(input, recordType);
        field(input, recordId);
        field(input, details);
        field(input, prevHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Recomputes the hash of a stored entry from its content. */
    public static String hashOf(Entry e) {
        return hash(e.seq(), e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(), e.details(),
                e.prevHash());
    }

    private static void field(StringBuilder input, String value) {
        if (value == null) {
            input.append("-1:;");
        } else {
            input.append(value.length()).append(':').append(value).append(';');
        }
    }
}
