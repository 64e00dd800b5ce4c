package jp.kochi.vrm.sns;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Per-client rate limit of the public API: a token bucket (Bucket4j) per client address, refilled evenly over a
 * minute. The client is the remote address or, when that is a configured reverse proxy
 * ({@code VRM_TRUSTED_PROXIES}), the nearest address before it in {@code X-Forwarded-For}. Buckets live in this
 * server's memory; past a bound the idle (full) ones are dropped, so a flood of addresses cannot exhaust memory.
 */
@ApplicationScoped
public class PublicApiLimiter {

    static final int MAX_CLIENTS = 50_000;

    @Inject
    private PortalSettings settings;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int perMinute;
    private Set<String> trustedProxies;

    public PublicApiLimiter() {
    }

    /** A limiter with these settings, for tests. */
    PublicApiLimiter(int perMinute, Set<String> trustedProxies) {
        this.perMinute = perMinute;
        this.trustedProxies = trustedProxies;
    }

    @PostConstruct
    void configure() {
        perMinute = settings.publicApiPerMinute();
        trustedProxies = settings.trustedProxies();
    }

    /** The address a request counts against. */
    public String client(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /** 0 when the request may go ahead, else the seconds until it may. */
    public long secondsToWait(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
            if (buckets.size() > MAX_CLIENTS) {
                buckets.clear();
            }
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
