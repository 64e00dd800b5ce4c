package jp.kochi.vrm.due;

/**
 * How many items of a kind a reader sees overdue (due before today) and coming due (today up to the kind's horizon).
 */
public record DueCount(long overdue, long dueSoon) {

    public static final DueCount NONE = new DueCount(0, 0);

    public DueCount plus(DueCount other) {
        return new DueCount(overdue + other.overdue, dueSoon + other.dueSoon);
    }

    public long of(DueWindow window) {
        return window == DueWindow.OVERDUE ? overdue : dueSoon;
    }
}
