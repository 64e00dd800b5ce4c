package jp.kochi.vrm.cloud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 利用申請・承認: a department uses (or asks to use) a service for a purpose, stating the highest level of
 * information it will put there. A security officer other than the requester decides; an approved usage is
 * reviewed every year.
 */
@Entity
@Table(name = "external_service_usage")
@NamedQuery(name = ServiceUsage.LIST, query = "SELECT u FROM ServiceUsage u JOIN FETCH u.service JOIN FETCH u.department "
        + "ORDER BY u.requestedAt DESC")
public class ServiceUsage extends AuditedEntity {

    static final String LIST = "ServiceUsage.list";

    public static final int MAX_PURPOSE = 1000;
    public static final int MAX_COMMENT = 1000;
    /** An approved usage is reviewed this many months after its approval or last review. */
    public static final int REVIEW_MONTHS = 12;

    @Id
    @SequenceGenerator(name = "external_usage_seq", sequenceName = "external_usage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_usage_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private ExternalService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    @BatchFetch(BatchFetchType.IN)
    private Department department;

    @Column(nullable = false, length = MAX_PURPOSE, updatable = false)
    private String purpose;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "level_code", nullable = false, updatable = false)
    private ConfidentialityLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UsageStatus status;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_comment", length = MAX_COMMENT)
    private String decisionComment;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected ServiceUsage() {
    }

    ServiceUsage(ExternalService service, Department department, String purpose, ConfidentialityLevel level,
            String requester, OffsetDateTime at) {
        if (department == null) {
            throw new BusinessRuleViolation("app.required", "usage.department");
        }
        if (!department.isActive()) {
            throw new BusinessRuleViolation("service.department.inactive", department.getName());
        }
        this.purpose = TextInput.clean(purpose, MAX_PURPOSE, "usage.purpose", true);
        this.service = service;
        this.department = department;
        this.level = Objects.requireNonNull(level);
        this.status = UsageStatus.REQUESTED;
        this.requestedBy = Objects.requireNonNull(requester);
        this.requestedAt = Objects.requireNonNull(at);
    }

    /** 承認: within today's ceiling, by a security officer who did not ask. The first review falls a year later. */
    public void approve(Ceiling ceiling, String comment, String officer, OffsetDateTime at) {
        requireStatus(UsageStatus.REQUESTED);
        requireOtherThanRequester(officer);
        if (!ceiling.allows(level)) {
            throw new BusinessRuleViolation("usage.approve.aboveCeiling", level.getCode(), ceiling.level().getCode());
        }
        this.decisionComment = TextInput.clean(comment, MAX_COMMENT, "usage.comment", false);
        this.status = UsageStatus.APPROVED;
        this.decidedBy = officer;
        this.decidedAt = at;
        this.reviewDue = at.toLocalDate().plusMonths(REVIEW_MONTHS);
    }

    /** 却下, always with the reason. */
    public void reject(String comment, String officer, OffsetDateTime at) {
        requireStatus(UsageStatus.REQUESTED);
        requireOtherThanRequester(officer);
        this.decisionComment = TextInput.clean(comment, MAX_COMMENT, "usage.rejectReason", true);
        this.status = UsageStatus.REJECTED;
        this.decidedBy = officer;
        this.decidedAt = at;
    }

    /** 取下げ by the requester before a decision. */
    public void withdraw(String caller, OffsetDateTime at) {
        requireStatus(UsageStatus.REQUESTED);
        if (!requestedBy.equals(caller)) {
            throw new BusinessRuleViolation("usage.withdraw.notRequester");
        }
        this.status = UsageStatus.WITHDRAWN;
        this.endedBy = caller;
        this.endedAt = at;
    }

    /** 年次見直し: the usage is confirmed for another year; refused while it is above the ceiling. */
    public void review(Ceiling ceiling, String officer, OffsetDateTime at) {
        requireStatus(UsageStatus.APPROVED);
        if (!ceiling.allows(level)) {
            throw new BusinessRuleViolation("usage.review.aboveCeiling", level.getCode(), ceiling.level().getCode());
        }
        this.reviewedBy = officer;
        this.reviewedAt = at;
        this.reviewDue = at.toLocalDate().plusMonths(REVIEW_MONTHS);
    }

    /** 利用終了: the department no longer puts information into the service. */
    public void end(String caller, OffsetDateTime at) {
        requireStatus(UsageStatus.APPROVED);
        this.status = UsageStatus.ENDED;
        this.endedBy = caller;
        this.endedAt = at;
    }

    /** Live and putting information above {@code ceiling} into the service: flagged wherever it is listed. */
    public boolean isAbove(Ceiling ceiling) {
        return status.isLive() && !ceiling.allows(level);
    }

    public boolean isReviewOverdue(LocalDate today) {
        return status == UsageStatus.APPROVED && reviewDue != null && reviewDue.isBefore(today);
    }

    private void requireStatus(UsageStatus expected) {
        if (status != expected) {
            throw new BusinessRuleViolation("usage.status.changed", "usage.status." + status.name());
        }
    }

    private void requireOtherThanRequester(String officer) {
        if (requestedBy.equals(officer)) {
            throw BusinessRuleViolation.refusal("usage.fourEyes");
        }
    }

    public Long getId() {
        return id;
    }

    public ExternalService getService() {
        return service;
    }

    public Department getDepartment() {
        return department;
    }

    public String getPurpose() {
        return purpose;
    }

    public ConfidentialityLevel getLevel() {
        return level;
    }

    public UsageStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("service", service.auditId());
        state.put("department", department.getCode());
        state.put("purpose", purpose);
        state.put("level", level.getCode());
        state.put("status", status.name());
        state.put("requestedBy", requestedBy);
        state.put("decidedBy", decidedBy);
        state.put("decisionComment", decisionComment);
        state.put("reviewDue", reviewDue == null ? null : reviewDue.toString());
        state.put("reviewedBy", reviewedBy);
        state.put("endedBy", endedBy);
        return state;
    }
}
