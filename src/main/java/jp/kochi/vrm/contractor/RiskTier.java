package jp.kochi.vrm.contractor;

/** リスク区分 of a contractor for a piece of work: 高 / 中 / 低. Labels {@code contractor.tier.<name>}. */
public enum RiskTier {
    HIGH, MEDIUM, LOW;

    /** Severity for sorting: 3 高, 2 中, 1 低 (0 is "no tier yet"). */
    public int rank() {
        return 3 - ordinal();
    }

    /** One step higher, staying at HIGH. */
    public RiskTier raised() {
        return this == LOW ? MEDIUM : HIGH;
    }
}
