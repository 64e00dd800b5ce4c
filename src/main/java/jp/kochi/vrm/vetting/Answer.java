package jp.kochi.vrm.vetting;

/** An answer to a checklist item. Labels {@code vetting.answer.<name>}. */
public enum Answer {
    /** はい: the contractor meets the item, with evidence. */
    YES,
    /** 一部: met in part. */
    PARTIAL,
    /** いいえ: not met. */
    NO,
    /** 該当なし: the item does not apply to this work (e.g. no subcontracting planned). */
    NOT_APPLICABLE
}
