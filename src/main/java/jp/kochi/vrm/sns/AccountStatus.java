package jp.kochi.vrm.sns;

/** 運用中, 休止 (kept, not posting), 廃止 (closed: no longer official). */
public enum AccountStatus {
    ACTIVE, SUSPENDED, CLOSED;

    /** Official: the city speaks through it (even while suspended). */
    public boolean isOfficial() {
        return this != CLOSED;
    }
}
