package jp.kochi.vrm.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain: how an entry's link (stored as {@code entry_hash}) is computed from its content and its
 * predecessor's link. Each field is written with its length first, so no two different entries can produce the same
 * input.
 *
 * <p>Two forms, told apart by the sequence number where the keyed chain starts ({@link KeyMark}): entries before it
 * (written before the portal had {@code VRM_AUDIT_KEY}) are linked by their plain SHA-256 {@link #hash digest}; from it
 * on, by {@link #keyedLink HMAC(key, previous link || digest)}, which nobody without the key can recompute. The
 * mark itself carries an HMAC over its sequence and the last plain link, so moving it, or rewriting the plain part
 * before it, shows too. Each HMAC input starts with its purpose ({@code link}, {@code keyed-from}, {@code anchor}),
 * so a value computed for one can never pass as another.
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

    /** The link of an entry from the keyed chain on: HMAC(key, previous link || entry digest). */
    public static String keyedLink(ChainKey key, String prevLink, String digest) {
        return key.mac("link\n" + prevLink + "\n" + digest);
    }

    /** The link an entry must carry: keyed from {@code keyedFrom} on, plain before (and when there is no mark). */
    public static String linkOf(Entry e, ChainKey key, KeyMark mark) {
        String digest = hashOf(e);
        return mark != null && e.seq() >= mark.keyedFrom() ? keyedLink(key, e.prevHash(), digest) : digest;
    }

    /**
     * Where the keyed chain starts: the first keyed sequence number, the link of the entry before it (the plain
     * part's end, or {@link #GENESIS}), and an HMAC over both. Set once, at the first start with a key.
     */
    public record KeyMark(long keyedFrom, String sealedLink, String mac) {

        public static KeyMark of(ChainKey key, long keyedFrom, String sealedLink) {
            return new KeyMark(keyedFrom, sealedLink, macOf(key, keyedFrom, sealedLink));
        }

        public boolean authentic(ChainKey key) {
            return mac != null && sealedLink != null && mac.equals(macOf(key, keyedFrom, sealedLink));
        }

        private static String macOf(ChainKey key, long keyedFrom, String sealedLink) {
            return key.mac("keyed-from\n" + keyedFrom + "\n" + sealedLink);
        }
    }

    /** Recomputes the plain digest of a stored entry from its content. */
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
