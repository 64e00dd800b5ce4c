package jp.kochi.vrm.account;

import java.util.List;

/** Accounts disabled automatically in the current transaction; pushed to Keycloak once it has committed. */
record AccountsDisabled(List<Long> accountIds) {
}
