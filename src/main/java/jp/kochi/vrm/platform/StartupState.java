package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the portal finished its start-up checks. Until it has, or when they failed, every page answers
 * "service unavailable" and readiness is DOWN: nothing half-works. A check that must wait for another service
 * (the realm check waits for Keycloak) keeps the portal closed from the start with {@link #awaiting(String)}
 * until it {@link #passed(String)} or {@link #failed(List) failed}; a failure, at start or later, is final.
 */
@ApplicationScoped
public class StartupState {

    /** Start-up outcome; {@code problems} are safe to log and show (they never hold secret values). */
    public record Outcome(boolean ready, List<String> problems) {
    }

    private static final Outcome STARTING = new Outcome(false, List.of("starting"));
    private static final Outcome READY = new Outcome(true, List.of());

    private boolean started;
    private final List<String> failures = new ArrayList<>();
    private final Set<String> awaited = new LinkedHashSet<>();
    /** Read on every request, written only by the methods below. */
    private volatile Outcome outcome = STARTING;

    public synchronized void succeeded() {
        started = true;
        publish();
    }

    public synchronized void failed(List<String> problems) {
        failures.addAll(problems);
        publish();
    }

    /** Keeps the portal closed until {@code check} has passed, even once start-up has succeeded. */
    public synchronized void awaiting(String check) {
        awaited.add(check);
        publish();
    }

    public synchronized void passed(String check) {
        awaited.remove(check);
        publish();
    }

    public synchronized boolean hasFailed() {
        return !failures.isEmpty();
    }

    private void publish() {
        if (!failures.isEmpty()) {
            outcome = new Outcome(false, List.copyOf(failures));
        } else if (!started) {
            outcome = STARTING;
        } else if (!awaited.isEmpty()) {
            outcome = new Outcome(false, awaited.stream().map(check -> "waiting for " + check).toList());
        } else {
            outcome = READY;
        }
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isReady() {
        return outcome.ready();
    }
}
