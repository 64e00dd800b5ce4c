package jp.kochi.vrm.sns;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.caffeine.CaffeineProxyManager;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Per-client rate limit of the public API: a token bucket (Bucket4j) per client address, refilled evenly over a
 * minute. The client is the remote address or, when that is a configured reverse proxy
 * ({@code VRM_TRUSTED_PROXIES}), the nearest address before it in {@code X-Forwarded-For}.
 *
 * <p>Buckets live in this server's memory, in Bucket4j's Caffeine store: a bucket is forgotten once it would be
 * full again (forgetting it then changes nothing), and the store holds at most {@link #MAX_CLIENTS} buckets. Past
 * that bound Caffeine evicts by its own policy (W-TinyLFU), which keeps the often-seen clients, so a flood of
 * rotating addresses neither exhausts memory nor resets the limit of a client already over it.
 */
@ApplicationScoped
public class PublicApiLimiter {

    static final int MAX_CLIENTS = 50_000;

    @Inject
    private PortalSettings settings;

    private int perMinute;
    private Set<String> trustedProxies;
    private BucketConfiguration bucket;
    private CaffeineProxyManager<String> buckets;

    public PublicApiLimiter() {
    }

    /** A limiter with these settings, for tests. */
    PublicApiLimiter(int perMinute, Set<String> trustedProxies) {
        configure(perMinute, trustedProxies);
    }

    @PostConstruct
    void configure() {
        configure(settings.publicApiPerMinute(), settings.trustedProxies());
    }

    private void configure(int perMinute, Set<String> trustedProxies) {
        this.perMinute = perMinute;
        this.trustedProxies = trustedProxies;
        bucket = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        // The initial capacity makes Caffeine count how often each client is seen from the first request; by
        // default it starts counting only when the store is half full, and a client already over its limit would
        // then look as new as each address of a flood and be the one evicted.
        buckets = Bucket4jCaffeine.<String>builderFor(
                        Caffeine.newBuilder().initialCapacity(MAX_CLIENTS).maximumSize(MAX_CLIENTS))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
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
        ConsumptionProbe probe = buckets.builder().build(client == null ? "?" : client, bucket)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    /** How many clients' buckets are held now, after Caffeine's pending evictions; for tests. */
    long heldBuckets() {
        buckets.getCache().cleanUp();
        return buckets.getCache().estimatedSize();
    }

    public int perMinute() {
        return perMinute;
    }
}
