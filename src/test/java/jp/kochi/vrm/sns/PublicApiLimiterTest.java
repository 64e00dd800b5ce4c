package jp.kochi.vrm.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who a request counts against, the bucket refusing the request after the limit, and the bounded store of buckets. */
class PublicApiLimiterTest {

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        PublicApiLimiter limiter = new PublicApiLimiter(3, Set.of("10.0.0.1", "10.0.0.2"));
        assertEquals("203.0.113.9", limiter.client("203.0.113.9", "198.51.100.1"), "not from a proxy: the header is ignored");
        assertEquals("198.51.100.1", limiter.client("10.0.0.1", "198.51.100.1"));
        assertEquals("198.51.100.1", limiter.client("10.0.0.1", "192.0.2.66, 198.51.100.1, 10.0.0.2"),
                "the nearest address before the proxies; what the client itself wrote first is not believed");
        assertEquals("10.0.0.1", limiter.client("10.0.0.1", null));
    }

    @Test
    void eachClientHasItsOwnBucket() {
        PublicApiLimiter limiter = new PublicApiLimiter(3, Set.of());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.secondsToWait("198.51.100.1"));
        }
        assertTrue(limiter.secondsToWait("198.51.100.1") >= 1);
        assertEquals(0, limiter.secondsToWait("198.51.100.2"), "another client is not limited");
    }

    @Test
    void manyOtherAddressesDoNotResetTheLimitOfAClientOverIt() {
        PublicApiLimiter limiter = new PublicApiLimiter(3, Set.of());
        for (int i = 0; i < 3; i++) {
            limiter.secondsToWait("198.51.100.1");
        }
        assertTrue(limiter.secondsToWait("198.51.100.1") >= 1);

        for (int i = 0; i < 60_000; i++) {
            limiter.secondsToWait("10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff));
        }

        assertTrue(limiter.secondsToWait("198.51.100.1") >= 1, "still refused after 60,000 other addresses");
        assertTrue(limiter.heldBuckets() <= PublicApiLimiter.MAX_CLIENTS,
                "memory stays bounded: " + limiter.heldBuckets() + " buckets held");
    }
}
