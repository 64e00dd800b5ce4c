package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    private final FigureCache cache = new FigureCache();
    private final AtomicInteger computed = new AtomicInteger();

    private List<Integer> figure() {
        return List.of(computed.incrementAndGet());
    }

    @Test
    void aFigureIsGivenAgainWhileTheMarkStaysAndComputedAgainWhenItMoves() {
        List<Integer> first = cache.get("k", 7, this::figure);
        assertSame(first, cache.get("k", 7, this::figure));
        assertEquals(1, computed.get());
        assertEquals(List.of(2), cache.get("k", 8, this::figure), "a change was committed: computed again");
        assertEquals(List.of(2), cache.get("k", 8, this::figure));
        assertEquals(2, computed.get());
        assertEquals(2, cache.hitsAndMisses()[0]);
        assertEquals(2, cache.hitsAndMisses()[1]);
    }

    @Test
    void eachKeyHasItsOwnFigure() {
        assertEquals(List.of(1), cache.get("all", 3, this::figure));
        assertEquals(List.of(2), cache.get("user:a", 3, this::figure));
        assertEquals(List.of(1), cache.get("all", 3, this::figure));
        assertEquals(2, computed.get());
    }

    @Test
    void aFigureFromAnOlderMarkDoesNotReplaceANewerOne() {
        cache.get("k", 10, this::figure); // 1 at mark 10
        // A reader that read mark 9 before the change finishes later: its figure is given to it, not kept.
        assertEquals(List.of(2), cache.get("k", 9, this::figure));
        assertEquals(List.of(1), cache.get("k", 10, this::figure));
        assertEquals(2, computed.get());
    }

    @Test
    void theLeastRecentlyUsedGoesWhenFull() {
        for (int i = 0; i < FigureCache.CAPACITY + 20; i++) {
            cache.get("k" + i, 1, this::figure);
            cache.get("k0", 1, this::figure); // k0 stays in use
        }
        assertEquals(FigureCache.CAPACITY, cache.size());
        int before = computed.get();
        cache.get("k0", 1, this::figure);
        assertEquals(before, computed.get(), "the figure in use was kept");
        cache.get("k1", 1, this::figure);
        assertEquals(before + 1, computed.get(), "the oldest unused figure was dropped");
    }

    @Test
    void aFailedComputationKeepsNothing() {
        try {
            cache.get("k", 1, () -> {
                throw new IllegalStateException("database down");
            });
        } catch (IllegalStateException expected) {
            // the reader sees the failure
        }
        assertEquals(List.of(1), cache.get("k", 1, this::figure));
    }
}
