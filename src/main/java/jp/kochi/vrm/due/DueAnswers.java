package jp.kochi.vrm.due;

import java.util.function.Supplier;
import jp.kochi.vrm.platform.FigureCache;

/**
 * Where the due-date queries of a {@link DueQuery} find answers given before: the {@link FigureCache} at the
 * {@link jp.kochi.vrm.audit.ChangeMark} read before the query, keyed by each query's text and values. Readers whose
 * conditions come out the same (every procurement user sees every certification, for one) share one answer until the
 * next change. {@link #NONE} asks the database every time (the reminder run, the calendar feed, the tests).
 */
public final class DueAnswers {

    public static final DueAnswers NONE = new DueAnswers(null, 0);

    private final FigureCache cache;
    private final long mark;

    public DueAnswers(FigureCache cache, long mark) {
        this.cache = cache;
        this.mark = mark;
    }

    <T> T get(Object key, Supplier<T> compute) {
        return cache == null ? compute.get() : cache.get(key, mark, compute);
    }
}
