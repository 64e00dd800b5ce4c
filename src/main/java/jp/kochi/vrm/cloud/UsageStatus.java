package jp.kochi.vrm.cloud;

/** 利用申請 → 承認 / 却下; 承認 → 利用終了; 取下げ by the requester before a decision. */
public enum UsageStatus {
    REQUESTED, APPROVED, REJECTED, WITHDRAWN, ENDED;

    /** The department uses the service, or asks to: the usage counts against the ceiling. */
    public boolean isLive() {
        return this == REQUESTED || this == APPROVED;
    }
}
