package jp.kochi.vrm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.clause.Clause;
import jp.kochi.vrm.clause.ClauseVersion;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * A clause a contract carries, at a fixed version of its wording. A mandatory clause stays unless a security
 * officer other than the requester approves leaving it out, with the reason recorded.
 */
@Entity
@Table(name = "contract_clause")
public class ContractClause extends AuditedEntity {

    public static final int MAX_REASON = 1000;

    @Id
    @SequenceGenerator(name = "contract_clause_seq", sequenceName = "contract_clause_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_clause_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "clause_id", nullable = false, updatable = false)
    private Clause clause;

    @ManyToOne(optional = false)
    @JoinColumn(name = "clause_version_id", nullable = false)
    private ClauseVersion clauseVersion;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "mandatory_reason", length = MAX_REASON)
    private String mandatoryReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_state", nullable = false, length = 20)
    private RemovalState removalState = RemovalState.NONE;

    @Column(name = "removal_reason", length = MAX_REASON)
    private String removalReason;

    @Column(name = "removal_requested_by", length = 100)
    private String removalRequestedBy;

    @Column(name = "removal_requested_at")
    private OffsetDateTime removalRequestedAt;

    @Column(name = "removal_decided_by", length = 100)
    private String removalDecidedBy;

    @Column(name = "removal_decided_at")
    private OffsetDateTime removalDecidedAt;

    @Column(name = "removal_decision_note", length = MAX_REASON)
    private String removalDecisionNote;

    protected ContractClause() {
    }

    ContractClause(Contract contract, Clause clause, boolean mandatory, String mandatoryReason) {
        this.contract = contract;
        this.clause = clause;
        this.clauseVersion = clause.getCurrentVersion();
        this.mandatory = mandatory;
        this.mandatoryReason = mandatoryReason;
    }

    /** While the contract is a draft: the clause's current wording, and whether (and why) it is mandatory. */
    void refresh(boolean nowMandatory, String reason) {
        String newReason = nowMandatory ? reason : null;
        boolean changed = !clause.getCurrentVersion().equals(clauseVersion) || !java.util.Objects.equals(newReason,
                mandatoryReason);
        this.clauseVersion = clause.getCurrentVersion();
        this.mandatory = nowMandatory;
        this.mandatoryReason = newReason;
        if (!nowMandatory || changed) {
            // A removal was decided for this wording and this reason; new wording or a new reason is decided anew.
            clearRemoval();
        }
    }

    void requestRemoval(String reason, String actor, OffsetDateTime at) {
        if (!mandatory) {
            throw new BusinessRuleViolation("contract.clause.notMandatory");
        }
        if (removalState == RemovalState.REQUESTED || removalState == RemovalState.APPROVED) {
            throw new BusinessRuleViolation("contract.clause.removalAlready");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new BusinessRuleViolation("contract.clause.removalReasonRequired");
        }
        if (r.length() > MAX_REASON) {
            throw new BusinessRuleViolation("contract.reason.tooLong", MAX_REASON);
        }
        removalState = RemovalState.REQUESTED;
        removalReason = r;
        removalRequestedBy = Objects.requireNonNull(actor);
        removalRequestedAt = at;
        removalDecidedBy = null;
        removalDecidedAt = null;
        removalDecisionNote = null;
    }

    void decideRemoval(boolean approve, String note, String actor, OffsetDateTime at) {
        if (removalState != RemovalState.REQUESTED) {
            throw new BusinessRuleViolation("contract.clause.noRemovalRequest");
        }
        if (actor.equals(removalRequestedBy)) {
            throw new BusinessRuleViolation("contract.clause.ownRemoval");
        }
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw new BusinessRuleViolation("contract.clause.decisionNoteRequired");
        }
        if (n.length() > MAX_REASON) {
            throw new BusinessRuleViolation("contract.reason.tooLong", MAX_REASON);
        }
        removalState = approve ? RemovalState.APPROVED : RemovalState.REJECTED;
        removalDecidedBy = actor;
        removalDecidedAt = at;
        removalDecisionNote = n;
    }

    private void clearRemoval() {
        removalState = RemovalState.NONE;
        removalReason = null;
        removalRequestedBy = null;
        removalRequestedAt = null;
        removalDecidedBy = null;
        removalDecidedAt = null;
        removalDecisionNote = null;
    }

    /** Printed in the annex and binding: not left out by an approved removal. */
    public boolean isIncluded() {
        return removalState != RemovalState.APPROVED;
    }

    public boolean isRemovalPending() {
        return removalState == RemovalState.REQUESTED;
    }

    public Long getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public Clause getClause() {
        return clause;
    }

    public ClauseVersion getClauseVersion() {
        return clauseVersion;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    /**
     * Why the clause is mandatory, in {@code locale}'s language: the recorded reason (Japanese, as it was when the
     * clause was added), given in English when it is still the description of the clause's rule that makes it
     * mandatory for this contract; otherwise as recorded.
     */
    public String mandatoryReason(Locale locale) {
        if (mandatoryReason == null || !"en".equals(locale.getLanguage())) {
            return mandatoryReason;
        }
        return clause.mandatoryBy(contract.facts())
                .filter(rule -> rule.describe(Locale.JAPANESE).equals(mandatoryReason))
                .map(rule -> rule.describe(locale)).orElse(mandatoryReason);
    }

    public String getMandatoryReason() {
        return mandatoryReason;
    }

    public RemovalState getRemovalState() {
        return removalState;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public String getRemovalRequestedBy() {
        return removalRequestedBy;
    }

    public OffsetDateTime getRemovalRequestedAt() {
        return removalRequestedAt;
    }

    public String getRemovalDecidedBy() {
        return removalDecidedBy;
    }

    public OffsetDateTime getRemovalDecidedAt() {
        return removalDecidedAt;
    }

    public String getRemovalDecisionNote() {
        return removalDecisionNote;
    }

    @Override
    public String auditId() {
        return contract.getContractNumber() + "/" + clause.getCode();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("contract", contract.getContractNumber());
        state.put("clause", clause.getCode());
        state.put("clauseVersion", Integer.toString(clauseVersion.getVersionNo()));
        state.put("mandatory", Boolean.toString(mandatory));
        state.put("mandatoryReason", mandatoryReason == null ? "" : mandatoryReason);
        state.put("removalState", removalState.name());
        state.put("removalReason", removalReason == null ? "" : removalReason);
        state.put("removalRequestedBy", removalRequestedBy == null ? "" : removalRequestedBy);
        state.put("removalDecidedBy", removalDecidedBy == null ? "" : removalDecidedBy);
        state.put("removalDecisionNote", removalDecisionNote == null ? "" : removalDecisionNote);
        return state;
    }
}
