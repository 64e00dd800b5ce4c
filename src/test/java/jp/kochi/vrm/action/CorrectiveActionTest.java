package jp.kochi.vrm.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** A corrective action is completed by its owner and verified by someone else. */
class CorrectiveActionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-16T10:00:00+09:00");

    static CorrectiveAction contractorAction() {
        return new CorrectiveAction(ActionOrigin.INCIDENT, 7, "手順の策定", null, CorrectiveAction.OwnerKind.CONTRACTOR,
                null, 42L, TODAY.plusDays(14), TODAY, "officer", NOW);
    }

    @Test
    void theOwnerIsTheContractorOrTheNamedStaffUser() {
        CorrectiveAction a = contractorAction();
        assertTrue(a.ownedBy(null, 42L));
        assertFalse(a.ownedBy("officer", null));
        assertFalse(a.ownedBy(null, 43L));
        CorrectiveAction s = new CorrectiveAction(ActionOrigin.INCIDENT, 7, "教育", null,
                CorrectiveAction.OwnerKind.STAFF, "staff1", null, TODAY, TODAY, "officer", NOW);
        assertTrue(s.ownedBy("staff1", null));
        assertFalse(s.ownedBy("staff2", 42L));
    }

    @Test
    void aDueDateLiesBetweenTodayAndThreeYearsAhead() {
        assertEquals("action.dueDateInvalid", assertThrows(BusinessRuleViolation.class, () -> new CorrectiveAction(
                ActionOrigin.INCIDENT, 7, "x", null, CorrectiveAction.OwnerKind.CONTRACTOR, null, 42L,
                TODAY.minusDays(1), TODAY, "officer", NOW)).messageKey());
        assertEquals("action.ownerUserInvalid", assertThrows(BusinessRuleViolation.class, () -> new CorrectiveAction(
                ActionOrigin.INCIDENT, 7, "x", null, CorrectiveAction.OwnerKind.STAFF, "名前 空白", null, TODAY, TODAY,
                "officer", NOW)).messageKey());
    }

    @Test
    void verificationNeedsSomeoneOtherThanTheOneWhoCompletedIt() {
        CorrectiveAction a = contractorAction();
        assertThrows(BusinessRuleViolation.class, () -> a.verify(true, null, "officer", NOW));
        a.complete("手順書を作成し教育した。", List.of(), "c-user", NOW);
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> a.verify(true, null, "c-user", NOW));
        assertTrue(refused.isRefusal());
        a.verify(false, "受講記録がありません。", "officer", NOW);
        assertEquals(ActionStatus.OPEN, a.getStatus());
        assertTrue(a.overdueOn(TODAY.plusDays(15)));
        a.complete("受講記録を添付しました。", List.of(), "c-user", NOW);
        a.verify(true, null, "officer", NOW);
        assertEquals(ActionStatus.VERIFIED, a.getStatus());
        assertFalse(a.overdueOn(TODAY.plusDays(15)));
    }
}
