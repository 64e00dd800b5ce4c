package jp.kochi.vrm.account;

import java.util.List;

/** A contractor's representative to create in Keycloak: enabled, the realm role {@code contractor} added after. */
public record NewDirectoryUser(String username, String email, String familyName, String givenName, long contractorId,
        List<String> requiredActions) {

    public NewDirectoryUser {
        requiredActions = List.copyOf(requiredActions);
    }
}
