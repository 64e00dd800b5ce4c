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
