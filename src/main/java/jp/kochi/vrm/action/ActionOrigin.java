package jp.kochi.vrm.action;

/** Where a corrective action comes from. */
public enum ActionOrigin {
    /** An incident's countermeasure (再発防止策). */
    INCIDENT,
    /** An audit finding (指摘事項). */
    AUDIT,
    /** A self-inspection item answered as not met. */
    SELF_INSPECTION
}
