package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupStateTest {

    @Test
    void readyOnceStartedAndEveryAwaitedCheckHasPassed() {
        StartupState state = new StartupState();
        state.awaiting("the realm check");
        assertEquals(new StartupState.Outcome(false, List.of("starting")), state.outcome());
        state.succeeded();
        assertEquals(new StartupState.Outcome(false, List.of("waiting for the realm check")), state.outcome());
        state.passed("the realm check");
        assertTrue(state.isReady());
    }

    @Test
    void aFailureAfterASuccessfulStartClosesThePortalForGood() {
        StartupState state = new StartupState();
        state.awaiting("the realm check");
        state.succeeded();
        state.failed(List.of("the realm holds demo users"));
        state.passed("the realm check");
        state.succeeded();
        assertFalse(state.isReady());
        assertTrue(state.hasFailed());
        assertEquals(List.of("the realm holds demo users"), state.outcome().problems());
    }

    @Test
    void failuresFromStartAndFromALaterCheckAreAllReported() {
        StartupState state = new StartupState();
        state.failed(List.of("VRM_DB_URL: missing"));
        state.failed(List.of("the realm holds demo users"));
        assertEquals(List.of("VRM_DB_URL: missing", "the realm holds demo users"), state.outcome().problems());
    }
}
