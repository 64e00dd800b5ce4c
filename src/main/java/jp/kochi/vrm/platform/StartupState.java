package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the portal finished its start-up checks. Until it has, or when they failed, every page answers
 * "service unavailable" and readiness is DOWN: nothing half-works.
 */
@ApplicationScoped
public class StartupState {

    /** Start-up outcome; {@code problems} are safe to log and show (they never hold secret values). */
    public record Outcome(boolean ready, List<String> problems) {
    }

    private final AtomicReference<Outcome> outcome =
            new AtomicReference<>(new Outcome(false, List.of("starting")));

    public void succeeded() {
        outcome.set(new Outcome(true, List.of()));
    }

    public void failed(List<String> problems) {
        outcome.set(new Outcome(false, List.copyOf(problems)));
    }

    public Outcome outcome() {
        return outcome.get();
    }

    public boolean isReady() {
        return outcome.get().ready();
    }
}
