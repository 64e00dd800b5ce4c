package jp.kochi.vrm.audit;

/**
 * Walks the log in sequence order and finds the first entry at which the chain breaks: a gap in the
 * sequence (an entry deleted), a previous link that does not match (an entry deleted or reordered), or a
 * link that does not match the content (an entry altered; from the keyed start on, also an entry rewritten with
 * its successors by someone without the key). Entries written since V18 link their details' digest: a detail may be
 * replaced by 「（削除済み）」 if a later entry records the redaction; any other change of it is an alteration. Fed one entry at a time, so a log of any size is checked in
 * constant memory.
 */
public final class ChainVerifier {

    /** Why the chain is broken at an entry. */
    public enum Breach {
        /** The entry with this sequence number is missing. */
        MISSING,
        /** The entry's stored previous-hash is not the hash of the entry before it. */
        LINK_BROKEN,
        /** The entry's content does not match its hash (or, keyed, its HMAC link). */
        CONTENT_ALTERED,
        /** The newest entries recorded in the chain head are missing. */
        TAIL_MISSING,
        /** The recorded start of the keyed chain is missing, moved or not signed with the portal's key. */
        KEY_MARK_INVALID,
        /** The unkeyed part before the keyed start no longer ends in the link sealed when the key was introduced. */
        UNKEYED_PART_ALTERED,
        /** The chain and its anchor (the checkpoint kept outside the database) disagree at this sequence number. */
        ANCHOR_MISMATCH,
        /** A line of the anchor file is not signed with the portal's key: the file was altered. */
        ANCHOR_FORGED,
        /** The entry's detail reads as removed, but no later entry records its redaction. */
        REDACTION_UNRECORDED
    }

    /** Outcome of a verification: {@code firstBrokenSeq} is null when the chain is intact. */
    public record Result(long entriesChecked, Long firstBrokenSeq, Breach breach) {
        public boolean intact() {
            return firstBrokenSeq == null;
        }
    }

    private final ChainKey key;
    private final AuditChain.KeyMark mark;
    /** The anchored links by sequence number (more than one when anchors disagree among themselves). */
    private final java.util.TreeMap<Long, java.util.Set<String>> anchors = new java.util.TreeMap<>();
    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private Result broken;
    /** Entries read as redacted whose redaction entry has not been seen yet (it always comes later). */
    private final java.util.TreeSet<Long> unrecordedRedactions = new java.util.TreeSet<>();

    /** A verifier of a log that was never keyed (plain SHA-256 links only). */
    public ChainVerifier() {
        this.key = null;
        this.mark = null;
    }

    /**
     * A verifier of a keyed log: entries from {@code mark}'s sequence on must carry HMAC links. A missing mark, or
     * one whose HMAC fails, breaks the chain at once: without it a rewrite could pass as an unkeyed log.
     */
    public ChainVerifier(ChainKey key, AuditChain.KeyMark mark) {
        this(key, mark, java.util.List.of());
    }

    /**
     * A verifier of a keyed log that also checks it against its anchors: the chain's link at each anchored sequence
     * must be the anchor's, and every anchor must carry the key's HMAC.
     */
    public ChainVerifier(ChainKey key, AuditChain.KeyMark mark, java.util.List<AuditAnchor> anchorLines) {
        this.key = java.util.Objects.requireNonNull(key);
        this.mark = mark;
        for (AuditAnchor a : anchorLines) {
            if (!a.authentic(key)) {
                broken = new Result(0, a.seq(), Breach.ANCHOR_FORGED);
                return;
            }
            anchors.computeIfAbsent(a.seq(), s -> new java.util.HashSet<>()).add(a.link());
        }
        if (!agreesWithAnchor(0, AuditChain.GENESIS)) {
            broken = new Result(0, 0L, Breach.ANCHOR_MISMATCH);
        } else if (mark == null || mark.keyedFrom() < 1 || !mark.authentic(key)) {
            broken = new Result(0, mark == null || mark.keyedFrom() < 1 ? 1L : mark.keyedFrom(), Breach.KEY_MARK_INVALID);
        } else if (mark.keyedFrom() == 1 && !AuditChain.GENESIS.equals(mark.sealedLink())) {
            broken = new Result(0, 1L, Breach.KEY_MARK_INVALID);
        }
    }

    /** Checks the next entry; returns false once the chain is found broken (later entries are not read). */
    public boolean accept(AuditChain.Entry entry) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (entry.seq() != expectedSeq) {
            broken = new Result(checked, expectedSeq, Breach.MISSING);
        } else if (!entry.prevHash().equals(previousHash)) {
            broken = new Result(checked, entry.seq(), Breach.LINK_BROKEN);
        } else if (!AuditChain.linkOf(entry, key, mark).equals(entry.entryHash()) || !entry.detailsIntact()) {
            broken = new Result(checked, entry.seq(), Breach.CONTENT_ALTERED);
        } else if (mark != null && entry.seq() == mark.keyedFrom() - 1 && !entry.entryHash().equals(mark.sealedLink())) {
            broken = new Result(checked, entry.seq(), Breach.UNKEYED_PART_ALTERED);
        } else if (!agreesWithAnchor(entry.seq(), entry.entryHash())) {
            broken = new Result(checked, entry.seq(), Breach.ANCHOR_MISMATCH);
        }
        if (entry.redacted()) {
            unrecordedRedactions.add(entry.seq());
        }
        if (AuditAction.REDACT.name().equals(entry.action()) && AuditChain.REDACTED_ENTRY.equals(entry.recordType())
                && entry.recordId() != null && entry.recordId().matches("[0-9]{1,18}")) {
            unrecordedRedactions.remove(Long.parseLong(entry.recordId()));
        }
        expectedSeq = entry.seq() + 1;
        previousHash = entry.entryHash();
        return broken == null;
    }

    private boolean agreesWithAnchor(long seq, String link) {
        java.util.Set<String> anchored = anchors.get(seq);
        return anchored == null || anchored.size() == 1 && anchored.contains(link);
    }

    /** The number of anchor lines' distinct sequence numbers checked against the chain. */
    public int anchoredSequences() {
        return anchors.size();
    }

    /**
     * Completes the check against the chain head (the last sequence number and hash written), which
     * reveals entries deleted from the end of the log.
     */
    public Result finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
            return new Result(checked, expectedSeq, Breach.TAIL_MISSING);
        }
        java.util.Map.Entry<Long, java.util.Set<String>> beyond = anchors.higherEntry(headSeq);
        if (beyond != null) {
            // An anchor vouches for an entry the log no longer has: cut back, head and all.
            return new Result(checked, beyond.getKey(), Breach.ANCHOR_MISMATCH);
        }
        if (mark != null && mark.keyedFrom() > headSeq + 1) {
            // The keyed start lies beyond the newest entry: the log was cut back below it.
            return new Result(checked, headSeq + 1, Breach.KEY_MARK_INVALID);
        }
        if (!unrecordedRedactions.isEmpty()) {
            // A detail blanked in the database, without the redaction the portal records.
            return new Result(checked, unrecordedRedactions.first(), Breach.REDACTION_UNRECORDED);
        }
        return new Result(checked, null, null);
    }
}
