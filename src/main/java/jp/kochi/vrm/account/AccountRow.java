package jp.kochi.vrm.account;

/**
 * One account as the contractor page lists it: the record, its state, and whether Keycloak still has to be
 * brought in line with the record ({@code syncPending}: a change not yet pushed, or Keycloak seen disagreeing).
 */
public record AccountRow(PortalAccount account, AccountState state, boolean syncPending) {

    public boolean isMayDisable() {
        return account.isEnabled();
    }

    public boolean isMayEnable() {
        return !account.isEnabled();
    }
}
