package jp.kochi.vrm.sns;

/** Who operates the account: the city's own staff, or a contractor under a contract. */
public enum Operator {
    STAFF, CONTRACTOR
}
