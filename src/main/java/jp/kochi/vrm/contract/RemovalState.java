package jp.kochi.vrm.contract;

/** Where a request to leave out a mandatory clause stands. */
public enum RemovalState {
    NONE, REQUESTED, APPROVED, REJECTED
}
