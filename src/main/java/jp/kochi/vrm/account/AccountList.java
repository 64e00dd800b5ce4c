package jp.kochi.vrm.account;

import java.util.List;

/**
 * A contractor's accounts; {@code live} when their states were read from Keycloak just now, {@code false} when
 * Keycloak could not be reached and the states are the portal's last record.
 */
public record AccountList(List<AccountRow> rows, boolean live) {
}
