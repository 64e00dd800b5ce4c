package jp.kochi.vrm.audit;

/**
 * Walks the log in sequence order and finds the first entry at which the chain breaks: a gap in the
 * sequence (an entry deleted), a previous-hash that does not match (an entry deleted or reordered), or a
 * hash that does not match the content (an entry altered). Fed one entry at a time, so a log of any size
 * is checked in constant memory.
 */
public final class ChainVerifier {

    /** Why the chain is broken at an entry. */
    public enum Breach {
        /** The entry with this sequence number is missing. */
        MISSING,
        /** The entry's stored previous-hash is not the hash of the entry before it. */
        LINK_BROKEN,
        /** The entry's content does not match its hash. */
        CONTENT_ALTERED,
        /** The newest entries recorded in the chain head are missing. */
        TAIL_MISSING
    }

    /** Outcome of a verification: {@code firstBrokenSeq} is null when the chain is intact. */
    public record Result(long entriesChecked, Long firstBrokenSeq, Breach breach) {
        public boolean intact() {
            return firstBrokenSeq == null;
        }
    }

    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private Result broken;

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
        } else if (!AuditChain.hashOf(entry).equals(entry.entryHash())) {
            broken = new Result(checked, entry.seq(), Breach.CONTENT_ALTERED);
        }
        expectedSeq = entry.seq() + 1;
        previousHash = entry.entryHash();
        return broken == null;
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
        return new Result(checked, null, null);
    }
}
