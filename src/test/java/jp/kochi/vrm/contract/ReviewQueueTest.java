package jp.kochi.vrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    /** Answers from a fixed queue and counts how often the database would have been asked. */
    static final class Obligations extends ObligationService {
        final long waiting;
        int counted;
        int limitAsked;

        Obligations(long waiting) {
            this.waiting = waiting;
        }

        @Override
        public List<ReviewWaiting> awaitingReview(int limit) {
            limitAsked = limit;
            return Collections.nCopies((int) Math.min(limit, waiting), (ReviewWaiting) null);
        }

        @Override
        public long countAwaitingReview() {
            counted++;
            return waiting;
        }
    }

    static final class User extends CurrentUser {
        final Set<String> roles;

        User(String... roles) {
            this.roles = Set.of(roles);
        }

        @Override
        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    @Test
    void aShortQueueIsCountedFromItsRows() throws Exception {
        Obligations obligations = new Obligations(3);
        ReviewQueue queue = queue(obligations, new User(Roles.PROCUREMENT));
        assertEquals(3, queue.getWaiting().size());
        assertEquals(3, queue.getCount());
        assertFalse(queue.isTruncated());
        assertEquals(0, obligations.counted, "no count query when every row is shown");
    }

    @Test
    void aLongQueueShowsTheLimitAndCountsAllInTheDatabase() throws Exception {
        Obligations obligations = new Obligations(120);
        ReviewQueue queue = queue(obligations, new User(Roles.SECURITY_OFFICER));
        assertEquals(ReviewQueue.SHOWN, queue.getWaiting().size());
        assertEquals(ReviewQueue.SHOWN, obligations.limitAsked);
        assertEquals(120, queue.getCount());
        assertTrue(queue.isTruncated());
        assertEquals(1, obligations.counted);
        assertEquals(50, queue.getLimit());
    }

    @Test
    void usersWhoDoNotReviewAreNotShownTheQueue() throws Exception {
        Obligations obligations = new Obligations(120);
        ReviewQueue queue = queue(obligations, new User(Roles.AUDITOR));
        assertFalse(queue.isShown());
        assertEquals(List.of(), queue.getWaiting());
        assertEquals(0, queue.getCount());
        assertEquals(0, obligations.limitAsked + obligations.counted, "the database is not asked");
    }

    private static ReviewQueue queue(ObligationService obligations, CurrentUser user) throws Exception {
        ReviewQueue queue = new ReviewQueue();
        set(queue, "obligations", obligations);
        set(queue, "currentUser", user);
        return queue;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
