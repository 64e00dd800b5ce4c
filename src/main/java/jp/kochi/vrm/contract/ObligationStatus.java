package jp.kochi.vrm.contract;

/** Where one piece of required evidence stands. */
public enum ObligationStatus {
    /** Waiting for evidence (提出待ち). */
    OPEN,
    /** Handed in, awaiting review (審査中). */
    SUBMITTED,
    /** Reviewed and accepted. */
    ACCEPTED,
    /** Reviewed and sent back for a new submission. */
    RETURNED,
    /** Handed in again after a send-back, awaiting review. */
    RESUBMITTED
}
