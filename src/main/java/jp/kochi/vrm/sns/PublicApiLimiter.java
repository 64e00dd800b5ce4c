package jp.kochi.vrm.sns;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Per-client rate limit of the public API: a token bucket (Bucket4j) per remote address, refilled evenly over a
 * minute. Buckets live in this server's memory; the map is emptied when it grows past a bound, so a flood of
 * addresses cannot exhaust memory (at worst it resets the counts).
 */
@ApplicationScoped
public class PublicApiLimiter {

    static final int MAX_CLIENTS = 50_000;

    @Inject
    private PortalSettings settings;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int perMinute;

    @PostConstruct
    void configure() {
        perMinute = settings.publicApiPerMinute();
    }

    /** 0 when the request may go ahead, else the seconds until it may. */
    public long secondsToWait(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(client == null ? "?" : client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    public int perMinute() {
        return perMinute;
    }
}
