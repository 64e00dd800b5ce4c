package jp.kochi.vrm.account;

import java.util.Collection;
import jp.kochi.vrm.contract.ContractStatus;

/**
 * When a contractor's portal users lose access without anyone disabling them by hand: when the contractor is
 * ended, and when its last contract is closed, that is, when no contract of the contractor is left that is
 * neither a draft (起案: nothing to submit yet) nor closed (完了).
 */
final class OffboardingRule {

    private OffboardingRule() {
    }

    /** Whether, with its contracts in these states, the contractor has no contract left that needs the portal. */
    static boolean noContractLeft(Collection<ContractStatus> statuses) {
        return statuses.stream().allMatch(s -> s == ContractStatus.DRAFT || s == ContractStatus.CLOSED);
    }
}
