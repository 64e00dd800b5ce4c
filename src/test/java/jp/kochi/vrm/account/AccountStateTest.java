package jp.kochi.vrm.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountStateTest {

    private static DirectoryUser live(boolean enabled, String... requiredActions) {
        return new DirectoryUser("id-1", "tanaka@example.jp", enabled, List.of(requiredActions));
    }

    @Test
    void pendingRequiredActionsMeanInvited() {
        assertEquals(AccountState.INVITED, AccountState.of(true, live(true, "VERIFY_EMAIL", "CONFIGURE_TOTP")));
        assertEquals(AccountState.INVITED, AccountState.of(true, live(true, "CONFIGURE_TOTP")));
    }

    @Test
    void enabledWithNothingPendingIsActive() {
        assertEquals(AccountState.ACTIVE, AccountState.of(true, live(true)));
    }

    @Test
    void disabledInKeycloakIsDisabledEvenWithActionsPending() {
        assertEquals(AccountState.DISABLED, AccountState.of(true, live(false, "UPDATE_PASSWORD")));
    }

    @Test
    void aDisabledRecordWinsOverAKeycloakUserNotYetToldSo() {
        assertEquals(AccountState.DISABLED, AccountState.of(false, live(true)));
        assertEquals(AccountState.DISABLED, AccountState.of(false, null));
    }

    @Test
    void anEnabledRecordWithoutKeycloakUserIsMissing() {
        assertEquals(AccountState.MISSING, AccountState.of(true, null));
    }

    @Test
    void missingRequiredActionsListCountsAsNone() {
        assertEquals(AccountState.ACTIVE, AccountState.of(true, new DirectoryUser("id", "u", true, null)));
    }
}
