package jp.kochi.vrm.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A checkpoint of the audit chain kept outside the database: the head's sequence number and link at a moment, with
 * an HMAC over the three under the audit key. One line of the anchor file, tab-separated:
 * {@code seq link time mac}. Whoever holds the database can rewrite the chain but not these lines (they are not in
 * it), and cannot forge a new one (no key); verification finds where the chain and an anchor disagree.
 *
 * @param seq  the head's sequence number (0: the empty log)
 * @param link the head's link at that sequence
 * @param at   when the checkpoint was taken
 * @param mac  HMAC-SHA256 over the other three
 */
public record AuditAnchor(long seq, String link, Instant at, String mac) {

    public static AuditAnchor of(ChainKey key, long seq, String link, Instant at) {
        return new AuditAnchor(seq, link, at, macOf(key, seq, link, at));
    }

    /** A line of the file; a line that cannot be read gives an anchor at sequence 0 that is not authentic. */
    public static AuditAnchor parse(String line) {
        String[] f = line.split("\t", -1);
        try {
            if (f.length == 4) {
                return new AuditAnchor(Long.parseLong(f[0]), f[1], Instant.parse(f[2]), f[3]);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // unreadable: falls through
        }
        return new AuditAnchor(0, "", Instant.EPOCH, "");
    }

    public String line() {
        return seq + "\t" + link + "\t" + at + "\t" + mac;
    }

    public boolean authentic(ChainKey key) {
        return mac.equals(macOf(key, seq, link, at));
    }

    private static String macOf(ChainKey key, long seq, String link, Instant at) {
        return key.mac("anchor\n" + seq + "\n" + link + "\n" + at);
    }
}
