package jp.kochi.vrm.account;

import java.util.List;

/** A user as Keycloak holds it: enabled or not, and the required actions it has still to do. */
public record DirectoryUser(String id, String username, boolean enabled, List<String> requiredActions) {

    public DirectoryUser {
        requiredActions = requiredActions == null ? List.of() : List.copyOf(requiredActions);
    }
}
