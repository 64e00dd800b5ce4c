package jp.kochi.vrm.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A point at which an item is reminded: {@code D30} is 30 days before its due date, {@code D0} the due date itself,
 * {@code O1} the first day overdue, {@code O8} a week later, and so on.
 *
 * @param key what is stored (unique per due item)
 * @param daysLeft days from today to the due date at this threshold: 30 for D30, -8 for O8
 */
public record Threshold(String key, int daysLeft) {

    /** Days between two overdue reminders. */
    public static final int WEEK = 7;

    /**
     * What a stored threshold key means, in words for a report (Japanese, as the report is): {@code D30} is
     * 「期限の30日前」, {@code D0} 「期限当日」, {@code O218} 「期限後218日」; none is empty.
     */
    public static String describe(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        if (!key.matches("[DO]\\d{1,5}")) {
            throw new IllegalArgumentException("not a reminder threshold: " + key);
        }
        int days = Integer.parseInt(key.substring(1));
        if (key.charAt(0) == 'D') {
            return days == 0 ? "期限当日" : "期限の" + days + "日前";
        }
        return "期限後" + days + "日";
    }

    public boolean overdue() {
        return daysLeft < 0;
    }

    /**
     * The latest threshold an item due on {@code due} has reached by {@code today}, if any. Only the latest counts:
     * an item first seen 5 days before its due date is reminded at D7, not also at D60 and D30, and a job that did
     * not run for a while sends the one reminder that is current, not every one it missed.
     *
     * @param lead the lead days, largest first
     * @param repeats whether to remind again every {@code every} days while overdue; otherwise once, at O1
     */
    public static Optional<Threshold> reached(LocalDate due, LocalDate today, List<Integer> lead, boolean repeats,
            int every) {
        long left = ChronoUnit.DAYS.between(today, due);
        if (left >= 0) {
            Integer current = null;
            for (int d : lead) {
                if (d >= left) {
                    current = d;
                }
            }
            return current == null ? Optional.empty() : Optional.of(new Threshold("D" + current, current));
        }
        long overdue = -left;
        long step = repeats ? 1 + ((overdue - 1) / every) * every : 1;
        return Optional.of(new Threshold("O" + step, (int) -step));
    }
}
