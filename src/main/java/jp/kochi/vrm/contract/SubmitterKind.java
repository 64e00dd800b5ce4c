package jp.kochi.vrm.contract;

/** Who handed in a submission: the contractor through its portal, or city staff recording evidence received on paper or by mail. */
public enum SubmitterKind {
    CONTRACTOR, STAFF
}
