package jp.kochi.vrm.contract;

/** Where one piece of required evidence stands. */
public enum ObligationStatus {
    /** Not yet submitted. */
    OPEN,
    /** Submitted, awaiting review. */
    SUBMITTED,
    /** Reviewed and accepted. */
    ACCEPTED,
    /** Reviewed and returned for a new submission. */
    RETURNED
}
