package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the server process answers and has heap to spare. A failed start-up is not a liveness
 * failure (restarting would not fix wrong settings); it shows in readiness.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean heapOk = used < rt.maxMemory() * 0.95;
        return HealthCheckResponse.named("portal-process")
                .withData("heapUsedMiB", used / (1024 * 1024))
                .withData("heapMaxMiB", rt.maxMemory() / (1024 * 1024))
                .status(heapOk).build();
    }
}
