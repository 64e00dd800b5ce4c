package jp.kochi.vrm.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kochi.vrm.contract.ContractStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OffboardingRuleTest {

    @Test
    void closingTheOnlyContractLeavesNoneThatNeedsThePortal() {
        assertTrue(OffboardingRule.noContractLeft(List.of(ContractStatus.CLOSED)));
    }

    @Test
    void draftsDoNotKeepAccountsOpen() {
        assertTrue(OffboardingRule.noContractLeft(List.of(ContractStatus.CLOSED, ContractStatus.DRAFT,
                ContractStatus.CLOSED)));
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = {"CONCLUDED", "IN_PROGRESS", "ENDED"})
    void anyContractStillRunningOrAwaitingItsEndEvidenceKeepsThem(ContractStatus other) {
        assertFalse(OffboardingRule.noContractLeft(List.of(ContractStatus.CLOSED, other)));
    }

    @Test
    void aContractorWithoutContractsHasNoneLeft() {
        assertTrue(OffboardingRule.noContractLeft(List.of()));
    }
}
