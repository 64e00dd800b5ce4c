package jp.kochi.vrm.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalAccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.ofHours(9));

    private Contractor contractor;
    private PortalAccount account;

    @BeforeEach
    void setUp() {
        contractor = new Contractor("株式会社テスト", "テスト", CorporateNumber.withCheckDigit("123456789012"), false,
                "高知市", "代表 太郎", NOW);
        account = PortalAccount.invited(contractor, Invitee.of("tanaka@example.jp", "田中", "一郎"), "procurer", NOW);
        account.linkTo("kc-1");
    }

    @Test
    void anInvitationIsEnabledInvitedAndInSyncWithTheUserJustCreated() {
        assertTrue(account.isEnabled());
        assertFalse(account.isSyncPending());
        assertEquals(AccountState.INVITED, account.storedState());
        assertEquals("tanaka@example.jp", account.getUsername());
        assertEquals("procurer", account.getInvitedBy());
    }

    @Test
    void disablingByHandNeedsAReasonAndLeavesKeycloakPending() {
        assertEquals("account.reason.required", assertThrows(BusinessRuleViolation.class,
                () -> account.disable(DisabledCause.MANUAL, " ", "procurer", NOW)).messageKey());
        assertTrue(account.isEnabled(), "refused: unchanged");

        assertTrue(account.disable(DisabledCause.MANUAL, " 退職のため ", "procurer", NOW.plusHours(1)));
        assertFalse(account.isEnabled());
        assertTrue(account.isSyncPending());
        assertEquals(AccountState.DISABLED, account.storedState());
        assertEquals(DisabledCause.MANUAL, account.getDisabledCause());
        assertEquals("退職のため", account.getStateReason());
        assertEquals(NOW.plusHours(1), account.getStateChangedAt());
        assertEquals("false", account.auditState().get("enabled"));
        assertEquals("MANUAL", account.auditState().get("disabledCause"));
    }

    @Test
    void disablingTwiceByHandIsRefusedButAutomaticallyIsQuietlyNothing() {
        account.disable(DisabledCause.MANUAL, "退職", "procurer", NOW);
        assertEquals("account.alreadyDisabled", assertThrows(BusinessRuleViolation.class,
                () -> account.disable(DisabledCause.MANUAL, "再度", "procurer", NOW)).messageKey());
        assertFalse(account.disable(DisabledCause.CONTRACTOR_ENDED, "取引終了: 契約満了", "procurer", NOW));
        assertEquals(DisabledCause.MANUAL, account.getDisabledCause(), "the first cause stays");
    }

    @Test
    void automaticDisablingRecordsItsCauseWithoutAskingForAReason() {
        assertTrue(account.disable(DisabledCause.LAST_CONTRACT_CLOSED, "契約番号 2026-広報-014", "procurer", NOW));
        assertEquals(DisabledCause.LAST_CONTRACT_CLOSED, account.getDisabledCause());
        assertEquals("契約番号 2026-広報-014", account.getStateReason());
    }

    @Test
    void enablingAgainNeedsAReasonClearsTheCauseAndIsPendingUntilKeycloakFollows() {
        account.disable(DisabledCause.MANUAL, "休職", "procurer", NOW);
        account.directorySynced(AccountState.DISABLED);
        assertFalse(account.isSyncPending());

        assertEquals("account.reason.required", assertThrows(BusinessRuleViolation.class,
                () -> account.enable(null, "procurer", NOW)).messageKey());
        account.enable("復職", "procurer", NOW.plusDays(1));
        assertTrue(account.isEnabled());
        assertNull(account.getDisabledCause());
        assertTrue(account.isSyncPending());
        account.directorySynced(AccountState.ACTIVE);
        assertEquals(AccountState.ACTIVE, account.storedState());
        assertEquals("account.alreadyEnabled", assertThrows(BusinessRuleViolation.class,
                () -> account.enable("再度", "procurer", NOW)).messageKey());
    }

    @Test
    void anEndedContractorCanNeitherInviteNorEnable() {
        account.disable(DisabledCause.CONTRACTOR_ENDED, "取引終了", "procurer", NOW);
        contractor.end("契約満了", "procurer", NOW);
        assertEquals("account.contractorEnded", assertThrows(BusinessRuleViolation.class,
                () -> account.enable("誤り", "procurer", NOW)).messageKey());
        assertEquals("account.contractorEnded", assertThrows(BusinessRuleViolation.class,
                () -> PortalAccount.invited(contractor, Invitee.of("b@example.jp", "鈴木", "次郎"), "procurer", NOW))
                .messageKey());
    }

    @Test
    void aRecordIsLinkedToOneKeycloakUserOnly() {
        account.linkTo("kc-1");
        assertThrows(IllegalStateException.class, () -> account.linkTo("kc-2"));
    }

    @Test
    void overlongReasonIsRefusedByHand() {
        assertEquals("account.reason.tooLong", assertThrows(BusinessRuleViolation.class,
                () -> account.disable(DisabledCause.MANUAL, "理".repeat(501), "procurer", NOW)).messageKey());
    }

    @Test
    void theAuditedStateNamesContractorUserAndStateButNoSecret() {
        var state = account.auditState();
        assertEquals("tanaka@example.jp", state.get("username"));
        assertEquals("田中 一郎", state.get("name"));
        assertEquals("kc-1", state.get("keycloakUserId"));
        assertEquals("true", state.get("enabled"));
    }
}
