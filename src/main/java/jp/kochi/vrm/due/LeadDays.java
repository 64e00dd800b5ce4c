package jp.kochi.vrm.due;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Lead times: days before a due date, each 0 to 3650, at least one; kept largest first. */
public final class LeadDays {

    public static final int MAX = 3650;

    private LeadDays() {
    }

    static List<Integer> normalised(List<Integer> days) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("no lead days");
        }
        TreeSet<Integer> set = new TreeSet<>(Comparator.reverseOrder());
        for (Integer d : days) {
            if (d == null || d < 0 || d > MAX) {
                throw new IllegalArgumentException("lead day " + d);
            }
            set.add(d);
        }
        return List.copyOf(set);
    }

    /** Reads {@code "60, 30, 7, 0"}; empty when it is not such a list. */
    public static Optional<List<Integer>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Integer> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d{1,4}")) {
                return Optional.empty();
            }
            int d = Integer.parseInt(p);
            if (d > MAX) {
                return Optional.empty();
            }
            days.add(d);
        }
        return Optional.of(normalised(days));
    }
}
