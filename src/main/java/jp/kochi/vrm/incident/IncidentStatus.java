package jp.kochi.vrm.incident;

/** Where an incident stands. */
public enum IncidentStatus {
    /** 下書き: a contractor's first report not yet sent; seen by that contractor's users only. */
    DRAFT,
    /** 報告済み（受領確認待ち）: reported, no one at the city has acknowledged it yet. */
    REPORTED,
    /** 対応中: acknowledged and being handled. */
    HANDLING,
    /** 完結: closed by a security officer. */
    CLOSED
}
