package jp.kochi.vrm.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    SIGN_IN,
    SIGN_OUT,
    ACCESS_DENIED,
    /** An auditor ran the chain verification; the detail holds the result. */
    VERIFY
}
