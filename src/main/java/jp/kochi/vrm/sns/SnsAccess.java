package jp.kochi.vrm.sns;

/**
 * Who may do what with an account. Security officers, auditors and administrators read every account; an SNS owner
 * reads and edits only the accounts naming them as responsible person or deputy (another account is answered as
 * missing); only those two log posts; security officers edit every account and resolve any flag.
 *
 * @param user       the caller's user name
 * @param readsAll   security officer, auditor or administrator
 * @param officer    security officer
 * @param owner      SNS owner
 */
public record SnsAccess(String user, boolean readsAll, boolean officer, boolean owner) {

    public boolean mayRead(SnsAccount a) {
        return readsAll || owner && a.isRunBy(user);
    }

    public boolean mayEdit(SnsAccount a) {
        return officer || owner && a.isRunBy(user);
    }

    /** An account is registered by a security officer, or by an SNS owner who names themselves on it. */
    public boolean mayCreate(SnsAccount.Facts f) {
        return officer || owner && (user.equals(f.responsibleUser()) || user.equals(f.deputyUser()));
    }

    public boolean mayLog(SnsAccount a) {
        return owner && a.isRunBy(user) && a.getStatus() != AccountStatus.CLOSED;
    }

    /**
     * The flag goes to the responsible person; a security officer may clear it too; never the one who logged the post
     * ({@link SnsPost#resolve} refuses them).
     */
    public boolean mayResolve(SnsPost p) {
        return officer || owner && user.equals(p.getAccount().getResponsibleUser());
    }

    /** A security officer confirms an account, unless they registered or changed its address themselves. */
    public boolean mayConfirm(SnsAccount a) {
        return officer && !a.isPublic() && !user.equals(a.getIdentityChangedBy());
    }
}
