package jp.kochi.vrm.clause;

/** When the evidence a clause asks for is due. */
public enum EvidenceTiming {
    /** Before the contract period starts (offset days before the start). */
    BEFORE_START,
    /** Every N months from the start, inside the period. */
    CADENCE,
    /** After the period ends (offset days after the end). */
    AT_END
}
