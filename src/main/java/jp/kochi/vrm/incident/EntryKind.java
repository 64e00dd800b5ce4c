package jp.kochi.vrm.incident;

/** The kinds of entry on an incident's timeline. */
public enum EntryKind {
    FIRST_REPORT, ACKNOWLEDGED, FOLLOW_UP, DETAILED_REPORT, COUNTERMEASURE, LEGAL_REPORT, DECISION, ESCALATED,
    FACTS_CHANGED, CLOSED;

    /** The kinds a contractor's user may add to its own incident. */
    public boolean byContractor() {
        return this == FOLLOW_UP || this == DETAILED_REPORT;
    }
}
