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

    private List<Obligation> waiting;

    public boolean isShown() {
        return currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public List<Obligation> getWaiting() {
        if (waiting == null) {
            waiting = isShown() ? obligations.awaitingReview() : List.of();
        }
        return waiting;
    }
}
