package jp.kochi.vrm.cloud;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * One external service ({@code /staff/services/view.xhtml?id=}): its facts, today's ceiling with the reasons,
 * exceptions (granted and revoked by security officers), and the departments' usages with their decisions.
 */
@Named
@ViewScoped
public class ServicePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExternalServices services;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private ExternalService service;
    private Ceiling ceiling;
    private LocalDate today;
    private List<ConfidentialityLevel> levels;

    private String decisionComment;
    private String exceptionLevel;
    private String exceptionReason;
    private LocalDate exceptionExpiresOn;
    private String revokeReason;

    public void load() {
        service = null;
        if (id != null) {
            try {
                service = services.find(id);
                ceiling = services.ceiling(service);
                levels = aboveCeiling();
            } catch (BusinessRuleViolation e) {
                service = null;
            }
        }
        today = services.today();
        if (service == null) {
            messages.error("service.notFound");
        }
    }

    /** The levels an exception may allow: above today's ceiling and within the policy's limit. */
    private List<ConfidentialityLevel> aboveCeiling() {
        return services.exceptionLevels(service);
    }

    private void reload() {
        service = services.find(id);
        ceiling = services.ceiling(service);
        levels = aboveCeiling();
    }

    public boolean isFound() {
        return service != null;
    }

    public boolean isCanEdit() {
        return currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isOfficer() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isCanRequest() {
        return service.isActive() && (isCanEdit() || currentUser.hasRole(Roles.SNS_OWNER));
    }

    /** A security officer may decide a request someone else made. */
    public boolean canDecide(ServiceUsage u) {
        return isOfficer() && u.getStatus() == UsageStatus.REQUESTED && !u.getRequestedBy().equals(currentUser.getUsername());
    }

    public boolean canWithdraw(ServiceUsage u) {
        return u.getStatus() == UsageStatus.REQUESTED && u.getRequestedBy().equals(currentUser.getUsername());
    }

    public boolean canReview(ServiceUsage u) {
        return isOfficer() && u.getStatus() == UsageStatus.APPROVED;
    }

    public boolean canEnd(ServiceUsage u) {
        return isCanEdit() && u.getStatus() == UsageStatus.APPROVED;
    }

    public boolean isAbove(ServiceUsage u) {
        return u.isAbove(ceiling);
    }

    public boolean isReviewOverdue(ServiceUsage u) {
        return u.isReviewOverdue(today);
    }

    public boolean isCurrent(ExceptionApproval e) {
        return e.isCurrent(today);
    }

    public boolean isPending(ExceptionApproval e) {
        return e.isPending(today);
    }

    /** A security officer other than the one who asked may approve an exception waiting for approval. */
    public boolean canApprove(ExceptionApproval e) {
        return isOfficer() && e.isPending(today) && !e.getGrantedBy().equals(currentUser.getUsername());
    }

    /** An exception in force or waiting, which a security officer could revoke or withdraw. */
    public boolean isHasCurrentException() {
        return service.getExceptions().stream().anyMatch(e -> e.isCurrent(today) || e.isPending(today));
    }

    /** What limits the exceptions the policy allows here, as a message key (the form shows it). */
    public String getPolicyLimitText() {
        return CeilingRule.policyKey(service.ceilingFacts(), "exception.policyLimit");
    }

    public boolean isListingExpired() {
        return service.isListingExpired(today);
    }

    public boolean isListingExpiring() {
        return !isListingExpired() && service.isListingExpiringWithin(today, ExternalServices.LISTING_WARNING_DAYS);
    }

    public boolean isReviewOverdue() {
        return service.isReviewOverdue(today);
    }

    public List<ServiceUsage> getUsagesAbove() {
        return service.usagesAbove(ceiling);
    }

    public void approve(ServiceUsage u) {
        act(() -> services.approve(u.getId(), u.getVersion(), decisionComment), "usage.approved");
    }

    public void reject(ServiceUsage u) {
        act(() -> services.reject(u.getId(), u.getVersion(), decisionComment), "usage.rejected");
    }

    public void review(ServiceUsage u) {
        act(() -> services.review(u.getId(), u.getVersion()), "usage.reviewed");
    }

    public void withdraw(ServiceUsage u) {
        act(() -> services.withdraw(u.getId(), u.getVersion()), "usage.withdrawn");
    }

    public void end(ServiceUsage u) {
        act(() -> services.end(u.getId(), u.getVersion()), "usage.ended");
    }

    public void requestException() {
        act(() -> services.requestException(id, exceptionLevel, exceptionReason, exceptionExpiresOn),
                "exception.requested");
    }

    public void approveException(ExceptionApproval e) {
        act(() -> services.approveException(e.getId(), e.getVersion()), "exception.approved");
    }

    public void revokeException(ExceptionApproval e) {
        act(() -> services.revokeException(e.getId(), e.getVersion(), revokeReason), "exception.revoked");
    }

    public void retire() {
        act(() -> services.retire(id, service.getVersion()), "service.retiredDone");
    }

    public void reactivate() {
        act(() -> services.reactivate(id, service.getVersion()), "service.reactivated");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            messages.info(done);
            decisionComment = null;
            exceptionLevel = null;
            exceptionReason = null;
            exceptionExpiresOn = null;
            revokeReason = null;
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
        try {
            reload();
        } catch (BusinessRuleViolation e) {
            service = null;
            messages.error(e);
        }
    }

    public ExternalService getService() {
        return service;
    }

    public Ceiling getCeiling() {
        return ceiling;
    }

    /** The levels an exception could allow: above today's ceiling, within the policy's limit. */
    public List<ConfidentialityLevel> getExceptionLevels() {
        return levels;
    }

    public LocalDate getToday() {
        return today;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }

    public String getExceptionLevel() {
        return exceptionLevel;
    }

    public void setExceptionLevel(String exceptionLevel) {
        this.exceptionLevel = exceptionLevel;
    }

    public String getExceptionReason() {
        return exceptionReason;
    }

    public void setExceptionReason(String exceptionReason) {
        this.exceptionReason = exceptionReason;
    }

    public LocalDate getExceptionExpiresOn() {
        return exceptionExpiresOn;
    }

    public void setExceptionExpiresOn(LocalDate exceptionExpiresOn) {
        this.exceptionExpiresOn = exceptionExpiresOn;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
