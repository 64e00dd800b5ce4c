package jp.kochi.vrm.account;

/** What a portal account amounts to, as the contractor page shows it. Labels {@code account.state.<name>}. */
public enum AccountState {
    /** 招待中: the user exists but has not finished the invitation (e-mail, password, TOTP still pending). */
    INVITED,
    /** 有効: set up and allowed to sign in. */
    ACTIVE,
    /** 無効: disabled in the portal's record (and, once synchronised, in Keycloak). */
    DISABLED,
    /** The portal has a record, but Keycloak has no such user (deleted there by hand). */
    MISSING;

    /**
     * The state of an account whose record says {@code wanted} (enabled or not), given what Keycloak holds
     * ({@code null}: no such user). The record wins where they disagree: a disabled record is 無効 even while
     * Keycloak still has to be told, because the portal refuses the account from that moment.
     */
    public static AccountState of(boolean wanted, DirectoryUser live) {
        if (!wanted) {
            return DISABLED;
        }
        if (live == null) {
            return MISSING;
        }
        if (!live.enabled()) {
            return DISABLED;
        }
        return live.requiredActions().isEmpty() ? ACTIVE : INVITED;
    }
}
