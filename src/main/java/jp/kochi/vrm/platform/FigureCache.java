package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures derived from the records (the dashboard's and the staff home's counts and first rows), kept until the
 * records change: each is stored with the {@link jp.kochi.vrm.audit.ChangeMark} read before it was computed and
 * given again only while the mark has not moved. The key holds everything else the figure depends on (reader's
 * scope, day, settings). Bounded: the least recently used figure goes first. Two readers missing at once both
 * compute; the one from the later mark stays.
 */
@ApplicationScoped
public class FigureCache {

    public static final int CAPACITY = 2048;

    private record Entry(long mark, Object value) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    private long hits;
    private long misses;

    /**
     * The figure for {@code key} computed at {@code mark}, computing it when none is kept or the kept one is from
     * another mark. {@code compute} must read the records only after the mark was read, and return an immutable value.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, long mark, Supplier<T> compute) {
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.mark() == mark) {
                hits++;
                return (T) e.value();
            }
            misses++;
        }
        T value = compute.get();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e == null || e.mark() <= mark) {
                entries.put(key, new Entry(mark, value));
            }
        }
        return value;
    }

    /** Figures given from the cache and figures computed, since start (for the log and the tests). */
    public long[] hitsAndMisses() {
        synchronized (entries) {
            return new long[] {hits, misses};
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
