package jp.kochi.vrm.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar of a chart the dashboard draws as SVG (no script, nothing inline for the CSP to refuse).
 *
 * @param key the label's message key
 * @param value the figure
 * @param width the bar's width in the chart's units (0 to {@link #FULL})
 * @param y its top
 */
public record Bar(String key, long value, int width, int y) {

    public static final int FULL = 150;
    public static final int STEP = 28;

    /** Bars for the figures, scaled to the largest; keys are {@code prefix + name}. */
    public static List<Bar> of(String prefix, Map<String, Long> figures) {
        long max = figures.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Map.Entry<String, Long> e : figures.entrySet()) {
            int width = max == 0 ? 0 : (int) Math.round(FULL * (double) e.getValue() / max);
            bars.add(new Bar(prefix + e.getKey(), e.getValue(), Math.max(width, e.getValue() > 0 ? 2 : 0), y));
            y += STEP;
        }
        return bars;
    }

    /** The chart's height for {@code n} bars. */
    public static int height(int n) {
        return Math.max(STEP, n * STEP);
    }
}
