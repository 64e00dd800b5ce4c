package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void aSessionWithinItsLifetimeGoesOn() {
        assertFalse(SessionLifetimeFilter.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(10)).minusSeconds(1),
                Duration.ofHours(10)));
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() {
        assertTrue(SessionLifetimeFilter.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(10)), Duration.ofHours(10)));
        assertTrue(SessionLifetimeFilter.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(3)), Duration.ofHours(10)));
    }
}
