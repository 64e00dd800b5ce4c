package jp.kochi.vrm.sns;

/** An account as the list shows it: dormant or not, and how many of its posts are flagged and unresolved. */
public record AccountRow(SnsAccount account, boolean dormant, long openFlags) {
}
