package jp.kochi.vrm.contract;

/** Where a contract is in its life; it only moves forward. */
public enum ContractStatus {
    /** 起案: facts and clauses may change. */
    DRAFT,
    /** 締結: signed; clauses and the obligation schedule are fixed. */
    CONCLUDED,
    /** 履行中: the work is being done. */
    IN_PROGRESS,
    /** 終了: the work is over; end-of-contract evidence (e.g. 削除証明書) is awaited. */
    ENDED,
    /** 完了: return or deletion of the information confirmed. */
    CLOSED
}
