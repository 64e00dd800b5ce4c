package jp.kochi.vrm.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.kochi.vrm.platform.KeycloakProbe;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Whether signing in can work now: Keycloak answers. The front page says so instead of sending visitors to a
 * server that does not answer. Asked at most every ten seconds, whatever the number of visitors.
 */
@Named
@ApplicationScoped
public class SignInAvailability {

    static final Duration RECHECK = Duration.ofSeconds(10);

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile boolean available = true;

    public boolean isAvailable() {
        Instant now = clock.instant();
        if (Duration.between(checkedAt, now).compareTo(RECHECK) >= 0) {
            synchronized (this) {
                if (Duration.between(checkedAt, now).compareTo(RECHECK) >= 0) {
                    available = KeycloakProbe.answers(settings.oidcProviderUri());
                    checkedAt = clock.instant();
                }
            }
        }
        return available;
    }
}
