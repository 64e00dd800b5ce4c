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

    /** What a redacted detail or text reads (削除済み: removed). */
    public static final String REDACTED = "（削除済み）";

    /** The record type of a redaction of an audit entry's detail ({@link AuditAction#REDACT}, the entry's seq as id). */
    public static final String REDACTED_ENTRY = "AuditEntry";

    private AuditChain() {
    }

    /**
     * The content of one entry, as stored. {@code detailsDigest} is the SHA-256 of the details
     * ({@link #detailsDigest}) for entries written since V18, whose link covers the digest instead of the details, so
     * a detail can be redacted and the chain still verifies; {@code null} for older entries, whose link covers the
     * details themselves.
     */
    public record Entry(long seq, Instant occurredAt, String actor, String action, String recordType,
            String recordId, String details, String prevHash, String entryHash, String detailsDigest) {

        /** An entry whose link covers its details directly (written before V18). */
        public Entry(long seq, Instant occurredAt, String actor, String action, String recordType, String recordId,
                String details, String prevHash, String entryHash) {
            this(seq, occurredAt, actor, action, recordType, recordId, details, prevHash, entryHash, null);
        }

        /** Its detail was replaced by {@link #REDACTED} (only an entry whose link covers a digest can be). */
        public boolean redacted() {
            return detailsDigest != null && REDACTED.equals(details);
        }

        /** The details are as written: they match the digest, or were redacted, or the link covers them directly. */
        public boolean detailsIntact() {
            return detailsDigest == null || redacted() || detailsDigest.equals(AuditChain.detailsDigest(details));
        }
    }

    /** The SHA-256 of an entry's details (length-prefixed like every field), which its link covers. */
    public static String detailsDigest(String details) {
        StringBuilder input = new StringBuilder();
        field(input, details);
        return sha256(input.toString());
    }

    /** The plain digest of an entry written since V18: over its details' digest, not the details themselves. */
    public static String hashWithDigest(long seq, Instant occurredAt, String actor, String action, String recordType,
            String recordId, String detailsDigest, String prevHash) {
        return hash(seq, occurredAt, actor, action, recordType, recordId, "sha256:" + detailsDigest, prevHash);
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
        return sha256(input.toString());
    }

    private static String sha256(String input) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
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

    /** Recomputes the plain digest of a stored entry from its content (its details' digest, since V18). */
    public static String hashOf(Entry e) {
        if (e.detailsDigest() != null) {
            return hashWithDigest(e.seq(), e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(),
                    e.detailsDigest(), e.prevHash());
        }
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
