package jp.kochi.vrm.clause;

/** The three separated system segments of the policy (6(3)). */
public enum NetworkSegment {
    /** マイナンバー利用事務系. */
    MY_NUMBER_USE("マイナンバー利用事務系"),
    /** LGWAN接続系. */
    LGWAN("LGWAN接続系"),
    /** インターネット接続系. */
    INTERNET("インターネット接続系");

    private final String label;

    NetworkSegment(String label) {
        this.label = label;
    }

    /** The segment's Japanese name, as printed in the annex and in rule descriptions. */
    public String label() {
        return label;
    }
}
