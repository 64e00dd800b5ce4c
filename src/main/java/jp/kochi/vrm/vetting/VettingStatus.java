package jp.kochi.vrm.vetting;

/** Where a vetting stands. Labels {@code vetting.status.<name>}. */
public enum VettingStatus {
    /** 作成中: procurement is filling it in. */
    DRAFT,
    /** 承認待ち: submitted, awaiting a security officer. */
    SUBMITTED,
    /** 承認: approved; the contractor's tier and re-vetting date come from it. */
    APPROVED,
    /** 差戻し: rejected with a reason; a new vetting may follow. */
    REJECTED
}
