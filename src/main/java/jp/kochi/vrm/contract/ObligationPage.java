package jp.kochi.vrm.contract;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * Staff page of one obligation ({@code /staff/contracts/obligation.xhtml?id=}): its submissions with files,
 * comments and decisions; review of the one waiting; recording evidence received on paper.
 */
@Named
@ViewScoped
public class ObligationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObligationService obligations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private Obligation obligation;
    private LocalDate today;
    private String reviewNote;
    private final SubmissionForm form = new SubmissionForm();

    public void load() {
        obligation = id == null ? null : obligations.find(id).orElse(null);
        today = obligations.today();
        if (obligation == null) {
            messages.error("obligation.notFound");
        }
    }

    public boolean isFound() {
        return obligation != null;
    }

    public String getState() {
        return obligation.stateOn(today).name();
    }

    /** Procurement records evidence received outside the portal while the obligation is open. */
    public boolean isCanRecord() {
        return currentUser.hasRole(Roles.PROCUREMENT) && obligation.isOpenForSubmission();
    }

    /** A submission waits and the viewer is staff who may review and did not hand it in. */
    public boolean isCanReview() {
        return (currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER))
                && obligation.isAwaitingReview() && !isOwnSubmission();
    }

    public boolean isOwnSubmission() {
        return obligation.latestSubmission().map(s -> s.getSubmittedBy().equals(currentUser.getUsername()))
                .orElse(false);
    }

    public void accept() {
        review(true);
    }

    public void sendBack() {
        review(false);
    }

    private void review(boolean accept) {
        try {
            obligations.review(obligation.getId(), obligation.getVersion(), accept, reviewNote);
            messages.info(accept ? "obligation.accepted" : "obligation.returned");
            reviewNote = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void record() {
        if (form.handIn((uploads, comment) -> obligations.recordReceived(obligation.getId(), obligation.getVersion(),
                uploads, comment), messages)) {
            load();
        }
    }

    public SubmissionForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
