package jp.kochi.vrm.cloud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;

/**
 * 例外承認: a security officer asks that a service may hold information above its derived ceiling, for a reason and
 * until a date, and a second security officer approves it (二者確認); only then does it count. Never edited; it
 * ends by its date or by being revoked (or, while waiting, withdrawn) with a reason.
 */
@Entity
@Table(name = "external_service_exception")
@NamedQuery(name = ExceptionApproval.OPEN, query = "SELECT e FROM ExceptionApproval e JOIN FETCH e.service s "
        + "WHERE e.revokedAt IS NULL AND e.expiresOn >= :today AND s.active = TRUE ORDER BY e.expiresOn, e.id")
public class ExceptionApproval extends AuditedEntity {

    static final String OPEN = "ExceptionApproval.open";

    public static final int MAX_REASON = 1000;
    /** An exception lasts at most this long: the yearly review of external services decides again. */
    public static final int MAX_MONTHS = 12;

    @Id
    @SequenceGenerator(name = "external_exception_seq", sequenceName = "external_exception_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_exception_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private ExternalService service;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "level_code", nullable = false, updatable = false)
    private ConfidentialityLevel level;

    @Column(nullable = false, length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "granted_by", nullable = false, length = 100, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoke_reason", length = MAX_REASON)
    private String revokeReason;

    protected ExceptionApproval() {
    }

    ExceptionApproval(ExternalService service, ConfidentialityLevel level, String reason, LocalDate expiresOn,
            LocalDate today, String officer, OffsetDateTime at) {
        String cleanReason = TextInput.clean(reason, MAX_REASON, "exception.reason", true);
        if (expiresOn == null) {
            throw new BusinessRuleViolation("app.required", "exception.expiresOn");
        }
        if (!expiresOn.isAfter(today)) {
            throw new BusinessRuleViolation("exception.expiresOn.past");
        }
        if (expiresOn.isAfter(today.plusMonths(MAX_MONTHS))) {
            throw new BusinessRuleViolation("exception.expiresOn.tooFar", MAX_MONTHS);
        }
        this.service = service;
        this.level = level;
        this.reason = cleanReason;
        this.expiresOn = expiresOn;
        this.grantedBy = officer;
        this.grantedAt = at;
    }

    /**
     * 承認 by a second security officer: from now until its end date the exception counts. The officer who asked for
     * it cannot approve it (a refusal, audited).
     */
    void approve(LocalDate today, String officer, OffsetDateTime at) {
        if (revokedAt != null) {
            throw new BusinessRuleViolation("exception.alreadyRevoked");
        }
        if (approvedAt != null) {
            throw new BusinessRuleViolation("exception.alreadyApproved");
        }
        if (expiresOn.isBefore(today)) {
            throw new BusinessRuleViolation("exception.ended");
        }
        if (officer == null || officer.equals(grantedBy)) {
            throw BusinessRuleViolation.refusal("exception.fourEyes");
        }
        this.approvedBy = officer;
        this.approvedAt = at;
    }

    /** 取消し: the exception stops counting at once (while waiting for approval: withdrawn). */
    public void revoke(String why, String officer, OffsetDateTime at) {
        if (revokedAt != null) {
            throw new BusinessRuleViolation("exception.alreadyRevoked");
        }
        this.revokeReason = TextInput.clean(why, MAX_REASON, "exception.revokeReason", true);
        this.revokedBy = officer;
        this.revokedAt = at;
    }

    CeilingFacts.Grant grant() {
        return new CeilingFacts.Grant(level, expiresOn, revokedAt != null, grantedBy, approvedBy);
    }

    /** Approved, not revoked, its end date not passed: it counts today. */
    public boolean isCurrent(LocalDate today) {
        return grant().isCurrent(today);
    }

    /** Waiting for a second officer's approval (and its end date not passed). */
    public boolean isPending(LocalDate today) {
        return grant().isPending(today);
    }

    public Long getId() {
        return id;
    }

    public ExternalService getService() {
        return service;
    }

    public ConfidentialityLevel getLevel() {
        return level;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public OffsetDateTime getGrantedAt() {
        return grantedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("service", service.auditId());
        state.put("level", level.getCode());
        state.put("reason", reason);
        state.put("expiresOn", expiresOn.toString());
        state.put("grantedBy", grantedBy);
        state.put("approvedBy", approvedBy);
        state.put("revokedBy", revokedBy);
        state.put("revokeReason", revokeReason);
        return state;
    }
}
