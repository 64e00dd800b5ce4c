package jp.kochi.vrm.account;

/** Why an account was disabled. Labels {@code account.cause.<name>}. */
public enum DisabledCause {
    /** By procurement, with a reason. */
    MANUAL,
    /** 取引終了: the contractor was ended in the register. */
    CONTRACTOR_ENDED,
    /** The contractor's last contract was closed (完了): no contract left that is not a draft or closed. */
    LAST_CONTRACT_CLOSED
}
