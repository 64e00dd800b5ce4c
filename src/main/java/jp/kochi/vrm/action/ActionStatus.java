package jp.kochi.vrm.action;

/** Where a corrective action stands. */
public enum ActionStatus {
    /** 未完了: the owner has still to act. */
    OPEN,
    /** 完了報告済み: the owner reports it done; waiting for verification. */
    COMPLETED,
    /** 確認済み: verified by someone other than the one who completed it. */
    VERIFIED
}
