package jp.kochi.vrm.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    SIGN_IN,
    SIGN_OUT,
    ACCESS_DENIED,
    /** A signed-in user's action refused by a business rule (e.g. approving their own vetting); the detail names it. */
    REFUSED,
    /** An auditor ran the chain verification; the detail holds the result. */
    VERIFY,
    /**
     * A security officer replaced a stored text (an audit entry's detail: record type {@code AuditEntry}, its sequence
     * number as record id; or a stored text version) by 「（削除済み）」; the detail holds the reason.
     */
    REDACT
}
