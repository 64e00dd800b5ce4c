package jp.kochi.vrm.account;

import java.time.Duration;
import java.util.List;

/**
 * Keycloak's execute-actions mail: the actions its link leads through, how long the link holds, and where the
 * user lands afterwards (a redirect URI the client {@code clientId} accepts; {@code null} for none).
 */
public record SetupMail(List<String> actions, Duration lifespan, String clientId, String redirectUri) {

    public SetupMail {
        actions = List.copyOf(actions);
    }
}
