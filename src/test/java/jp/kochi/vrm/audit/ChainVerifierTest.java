package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-26T01:00:00.123Z");

    /** A correctly chained log of {@code n} entries, as {@link AuditLog} writes it. */
    private static List<AuditChain.Entry> chain(int n) {
        List<AuditChain.Entry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = T0.plusSeconds(i);
            String details = "{\"changes\":[{\"field\":\"name\",\"from\":null,\"to\":\"課" + i + "\"}]}";
            String hash = AuditChain.hash(i, at, "admin-demo", "CREATE", "Department", Integer.toString(i), details, prev);
            entries.add(new AuditChain.Entry(i, at, "admin-demo", "CREATE", "Department", Integer.toString(i), details,
                    prev, hash));
            prev = hash;
        }
        return entries;
    }

    private static ChainVerifier.Result verify(List<AuditChain.Entry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        for (AuditChain.Entry e : entries) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash);
    }

    private static String lastHash(List<AuditChain.Entry> entries) {
        return entries.get(entries.size() - 1).entryHash();
    }

    @Test
    void acceptsAnIntactChain() {
        List<AuditChain.Entry> log = chain(5);
        ChainVerifier.Result result = verify(log, 5, lastHash(log));
        assertTrue(result.intact());
        assertEquals(5, result.entriesChecked());
    }

    @Test
    void acceptsAnEmptyLog() {
        assertTrue(verify(List.of(), 0, AuditChain.GENESIS).intact());
    }

    @Test
    void reportsAlteredContentAtTheAlteredEntry() {
        List<AuditChain.Entry> log = chain(5);
        AuditChain.Entry e = log.get(2);
        log.set(2, new AuditChain.Entry(e.seq(), e.occurredAt(), "mallory", e.action(), e.recordType(), e.recordId(),
                e.details(), e.prevHash(), e.entryHash()));
        ChainVerifier.Result result = verify(log, 5, lastHash(log));
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.CONTENT_ALTERED, result.breach());
    }

    @Test
    void reportsAlteredTimestampAsAlteredContent() {
        List<AuditChain.Entry> log = chain(3);
        AuditChain.Entry e = log.get(0);
        log.set(0, new AuditChain.Entry(e.seq(), e.occurredAt().plusMillis(1), e.actor(), e.action(), e.recordType(),
                e.recordId(), e.details(), e.prevHash(), e.entryHash()));
        assertEquals(1L, verify(log, 3, lastHash(log)).firstBrokenSeq());
    }

    @Test
    void reportsADeletedEntryAtItsSequenceNumber() {
        List<AuditChain.Entry> log = chain(5);
        String head = lastHash(log);
        log.remove(1);
        ChainVerifier.Result result = verify(log, 5, head);
        assertEquals(2L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.MISSING, result.breach());
    }

    @Test
    void reportsARenumberedDeletionAsABrokenLink() {
        // An attacker deletes entry 2 and renumbers the rest to hide the gap: the links no longer match.
        List<AuditChain.Entry> log = chain(4);
        List<AuditChain.Entry> tampered = new ArrayList<>();
        tampered.add(log.get(0));
        for (int i = 2; i < log.size(); i++) {
            AuditChain.Entry e = log.get(i);
            tampered.add(new AuditChain.Entry(e.seq() - 1, e.occurredAt(), e.actor(), e.action(), e.recordType(),
                    e.recordId(), e.details(), e.prevHash(), e.entryHash()));
        }
        ChainVerifier.Result result = verify(tampered, 3, lastHash(tampered));
        assertEquals(2L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.LINK_BROKEN, result.breach());
    }

    @Test
    void reportsDeletedNewestEntriesAgainstTheHead() {
        List<AuditChain.Entry> log = chain(5);
        String head = lastHash(log);
        List<AuditChain.Entry> truncated = log.subList(0, 3);
        ChainVerifier.Result result = verify(truncated, 5, head);
        assertEquals(4L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.TAIL_MISSING, result.breach());
    }

    private static final ChainKey KEY = new ChainKey("a-test-audit-key-of-32-bytes-or-more".getBytes());

    /**
     * A log of {@code n} entries keyed from {@code keyedFrom} on (1: keyed from the start; n + 1: not yet), as
     * {@link AuditLog} writes it, and the mark it sets.
     */
    private record KeyedLog(List<AuditChain.Entry> entries, AuditChain.KeyMark mark) {
    }

    private static KeyedLog keyedChain(int n, int keyedFrom, ChainKey key) {
        List<AuditChain.Entry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        AuditChain.KeyMark mark = null;
        for (int i = 1; i <= n; i++) {
            if (i == keyedFrom) {
                mark = AuditChain.KeyMark.of(key, i, prev);
            }
            entries.add(entry(i, "admin-demo", prev, mark == null ? null : key));
            prev = entries.get(i - 1).entryHash();
        }
        return new KeyedLog(entries, mark == null ? AuditChain.KeyMark.of(key, n + 1, prev) : mark);
    }

    /** Entry {@code i} linked to {@code prev}: with {@code key} as a keyed link, without as a plain hash. */
    private static AuditChain.Entry entry(long i, String actor, String prev, ChainKey key) {
        Instant at = T0.plusSeconds(i);
        String details = "{\"changes\":[{\"field\":\"name\",\"from\":null,\"to\":\"課" + i + "\"}]}";
        String digest = AuditChain.hash(i, at, actor, "CREATE", "Department", Long.toString(i), details, prev);
        String link = key == null ? digest : AuditChain.keyedLink(key, prev, digest);
        return new AuditChain.Entry(i, at, actor, "CREATE", "Department", Long.toString(i), details, prev, link);
    }

    /** Rewrites entry {@code n} (actor "mallory") and recomputes every link after it, with {@code key} or plain. */
    private static List<AuditChain.Entry> rewrittenFrom(List<AuditChain.Entry> log, int n, ChainKey key) {
        List<AuditChain.Entry> out = new ArrayList<>(log.subList(0, n - 1));
        String prev = n == 1 ? AuditChain.GENESIS : log.get(n - 2).entryHash();
        for (int i = n; i <= log.size(); i++) {
            AuditChain.Entry e = entry(i, i == n ? "mallory" : "admin-demo", prev, key);
            out.add(e);
            prev = e.entryHash();
        }
        return out;
    }

    private static ChainVerifier.Result verifyKeyed(List<AuditChain.Entry> entries, AuditChain.KeyMark mark) {
        ChainVerifier verifier = new ChainVerifier(KEY, mark);
        for (AuditChain.Entry e : entries) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        return verifier.finish(entries.size(), entries.isEmpty() ? AuditChain.GENESIS : lastHash(entries));
    }

    @Test
    void keyedLinkIsAnHmacOfThePreviousLinkAndTheDigest() {
        String digest = AuditChain.hash(1, T0, "a", "CREATE", null, null, "{}", AuditChain.GENESIS);
        String link = AuditChain.keyedLink(KEY, AuditChain.GENESIS, digest);
        assertEquals(64, link.length());
        assertNotEquals(digest, link);
        assertEquals(link, AuditChain.keyedLink(new ChainKey("a-test-audit-key-of-32-bytes-or-more".getBytes()),
                AuditChain.GENESIS, digest));
        assertNotEquals(link, AuditChain.keyedLink(new ChainKey("another-key-of-32-bytes-or-more!!!!".getBytes()),
                AuditChain.GENESIS, digest));
        assertNotEquals(link, AuditChain.keyedLink(KEY, "1".repeat(64), digest));
        assertEquals("ChainKey[not shown]", KEY.toString());
    }

    @Test
    void acceptsAChainWhoseOldEntriesArePlainAndNewOnesKeyed() {
        KeyedLog log = keyedChain(8, 5, KEY);
        ChainVerifier.Result result = verifyKeyed(log.entries(), log.mark());
        assertTrue(result.intact(), result::toString);
        assertEquals(8, result.entriesChecked());
        assertTrue(verifyKeyed(keyedChain(3, 1, KEY).entries(), keyedChain(3, 1, KEY).mark()).intact());
        KeyedLog notYet = keyedChain(3, 4, KEY);
        assertTrue(verifyKeyed(notYet.entries(), notYet.mark()).intact());
    }

    @Test
    void reportsAKeyedEntryRewrittenWithPlainHashesRecomputedAtThatEntry() {
        KeyedLog log = keyedChain(8, 3, KEY);
        ChainVerifier.Result result = verifyKeyed(rewrittenFrom(log.entries(), 6, null), log.mark());
        assertEquals(6L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.CONTENT_ALTERED, result.breach());
    }

    @Test
    void reportsAKeyedEntryRewrittenWithAWrongKeyAtThatEntry() {
        KeyedLog log = keyedChain(8, 3, KEY);
        ChainKey guess = new ChainKey("vrm-development-audit-key-NOT-FOR-PRODUCTION-0001".getBytes());
        ChainVerifier.Result result = verifyKeyed(rewrittenFrom(log.entries(), 4, guess), log.mark());
        assertEquals(4L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.CONTENT_ALTERED, result.breach());
    }

    @Test
    void reportsARewriteOfTheUnkeyedPartAtItsSealedEnd() {
        // Entries 1-4 were written before the key: their rewrite can only show where the keyed part seals them.
        KeyedLog log = keyedChain(8, 5, KEY);
        List<AuditChain.Entry> rewritten = new ArrayList<>(rewrittenFrom(log.entries().subList(0, 4), 2, null));
        rewritten.addAll(log.entries().subList(4, 8));
        ChainVerifier.Result result = verifyKeyed(rewritten, log.mark());
        assertEquals(4L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.UNKEYED_PART_ALTERED, result.breach());
    }

    @Test
    void reportsAWholeLogDowngradedToPlainHashesWithAMovedMark() {
        KeyedLog log = keyedChain(6, 3, KEY);
        List<AuditChain.Entry> plain = rewrittenFrom(log.entries(), 3, null);
        AuditChain.KeyMark moved = new AuditChain.KeyMark(7, lastHash(plain), log.mark().mac());
        ChainVerifier.Result result = verifyKeyed(plain, moved);
        assertEquals(7L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.KEY_MARK_INVALID, result.breach());
        assertEquals(ChainVerifier.Breach.KEY_MARK_INVALID, verifyKeyed(plain, null).breach());
    }

    @Test
    void reportsALogCutBackBelowTheKeyedStart() {
        KeyedLog log = keyedChain(6, 4, KEY);
        List<AuditChain.Entry> cut = log.entries().subList(0, 2);
        ChainVerifier.Result result = verifyKeyed(cut, log.mark());
        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.KEY_MARK_INVALID, result.breach());
    }

    private static ChainVerifier.Result verifyAnchored(List<AuditChain.Entry> entries, AuditChain.KeyMark mark,
            List<AuditAnchor> anchors, long headSeq, String headLink) {
        ChainVerifier verifier = new ChainVerifier(KEY, mark, anchors);
        for (AuditChain.Entry e : entries) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        return verifier.finish(headSeq, headLink);
    }

    private static AuditAnchor anchorAt(List<AuditChain.Entry> log, int seq) {
        return AuditAnchor.of(KEY, seq, seq == 0 ? AuditChain.GENESIS : log.get(seq - 1).entryHash(), T0.plusSeconds(3600));
    }

    @Test
    void agreesWithAnchorsTakenFromTheChain() {
        KeyedLog log = keyedChain(6, 3, KEY);
        List<AuditAnchor> anchors = List.of(anchorAt(log.entries(), 0), anchorAt(log.entries(), 2),
                anchorAt(log.entries(), 5), anchorAt(log.entries(), 5));
        assertTrue(verifyAnchored(log.entries(), log.mark(), anchors, 6, lastHash(log.entries())).intact());
        assertEquals(anchors.get(1), AuditAnchor.parse(anchors.get(1).line()));
    }

    @Test
    void reportsWhereTheChainAndItsAnchorDisagree() {
        // Entries 1-4 were written before the key; a rewrite of entry 2 with everything after it recomputed (the
        // keyed start re-signed is impossible, so say the holder also had the key) still contradicts the anchor at 3.
        KeyedLog log = keyedChain(6, 5, KEY);
        List<AuditAnchor> anchors = List.of(anchorAt(log.entries(), 1), anchorAt(log.entries(), 3));
        List<AuditChain.Entry> rewritten = rewrittenFrom(log.entries().subList(0, 4), 2, null);
        rewritten = new ArrayList<>(rewritten);
        String prev = lastHash(rewritten);
        for (int i = 5; i <= 6; i++) {
            AuditChain.Entry e = entry(i, "admin-demo", prev, KEY);
            rewritten.add(e);
            prev = e.entryHash();
        }
        AuditChain.KeyMark remarked = AuditChain.KeyMark.of(KEY, 5, rewritten.get(3).entryHash());
        ChainVerifier.Result result = verifyAnchored(rewritten, remarked, anchors, 6, prev);
        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.ANCHOR_MISMATCH, result.breach());
    }

    @Test
    void reportsAnAnchorBeyondTheHeadOfALogCutBack() {
        KeyedLog log = keyedChain(6, 1, KEY);
        List<AuditAnchor> anchors = List.of(anchorAt(log.entries(), 5));
        List<AuditChain.Entry> cut = log.entries().subList(0, 3);
        ChainVerifier.Result result = verifyAnchored(cut, log.mark(), anchors, 3, lastHash(cut));
        assertEquals(5L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.ANCHOR_MISMATCH, result.breach());
    }

    @Test
    void reportsAnAnchorLineNotSignedWithTheKey() {
        KeyedLog log = keyedChain(3, 1, KEY);
        AuditAnchor real = anchorAt(log.entries(), 2);
        AuditAnchor forged = new AuditAnchor(2, log.entries().get(0).entryHash(), real.at(), real.mac());
        ChainVerifier.Result result = verifyAnchored(log.entries(), log.mark(), List.of(forged), 3,
                lastHash(log.entries()));
        assertEquals(2L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.ANCHOR_FORGED, result.breach());
        assertEquals(ChainVerifier.Breach.ANCHOR_FORGED, verifyAnchored(log.entries(), log.mark(),
                List.of(AuditAnchor.parse("not an anchor")), 3, lastHash(log.entries())).breach());
    }

    @Test
    void hashDependsOnEveryFieldAndCannotBeShiftedBetweenFields() {
        String a = AuditChain.hash(1, T0, "ab", "CREATE", "c", null, "{}", AuditChain.GENESIS);
        String b = AuditChain.hash(1, T0, "a", "CREATE", "bc", null, "{}", AuditChain.GENESIS);
        String c = AuditChain.hash(1, T0, "ab", "CREATE", "c", "", "{}", AuditChain.GENESIS);
        assertNotEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(64, a.length());
    }
}
