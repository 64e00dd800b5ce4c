package jp.kochi.vrm.contract;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;

/** The submissions waiting for a reviewer, on the staff home of those who review (procurement, security officers). */
@Named
@RequestScoped
public class ReviewQueue {

    @Inject
    private ObligationService obligations;

    @Inject
    private CurrentUser currentUser;

    /** Rows shown, the longest due first; the heading gives the full count. */
    static final int SHOWN = 50;

    private List<ReviewWaiting> waiting;
    private Long count;

    public boolean isShown() {
        return currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public List<ReviewWaiting> getWaiting() {
        if (waiting == null) {
            waiting = isShown() ? obligations.awaitingReview(SHOWN) : List.of();
        }
        return waiting;
    }

    /** All obligations waiting for a review, shown or not. */
    public long getCount() {
        if (count == null) {
            count = getWaiting().size() < SHOWN ? getWaiting().size() : obligations.countAwaitingReview();
        }
        return count;
    }

    /** True when more are waiting than the list shows. */
    public boolean isTruncated() {
        return getCount() > getWaiting().size();
    }

    /** How many rows the list shows at most (not {@code shown}: that is whether the queue is shown at all). */
    public int getLimit() {
        return SHOWN;
    }
}
