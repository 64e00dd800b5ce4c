package jp.kochi.vrm.incident;

/** The decisions recorded with reasons on an incident, and the answers each allows. */
public enum Decision {
    /** 本人通知: whether the persons affected are notified. */
    NOTIFY_PERSONS("YES", "NO", "NOT_NEEDED"),
    /** 公表: whether the incident is published. */
    PUBLICATION("YES", "NO", "NOT_NEEDED"),
    /** 契約に基づく措置: the measure under the contract. */
    CONTRACT_MEASURE("NONE", "CORRECTION_REQUEST", "SUSPEND_NEW_CONTRACTS", "TERMINATION_REVIEW");

    private final java.util.List<String> answers;

    Decision(String... answers) {
        this.answers = java.util.List.of(answers);
    }

    public java.util.List<String> answers() {
        return answers;
    }
}
