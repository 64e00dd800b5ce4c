package jp.kochi.vrm.sns;

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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kochi.vrm.audit.AuditedEntity;

/**
 * 運用手順: one version of an account's operating procedure, with what to do when the account is taken over or
 * impersonated (乗っ取り・なりすまし). Never changed once written.
 */
@Entity
@Table(name = "sns_procedure")
@NamedQuery(name = Procedure.OF_ACCOUNT, query = "SELECT p FROM Procedure p WHERE p.account.id = :account "
        + "ORDER BY p.versionNo DESC")
public class Procedure extends AuditedEntity {

    static final String OF_ACCOUNT = "Procedure.ofAccount";

    public static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "sns_procedure_seq", sequenceName = "sns_procedure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sns_procedure_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private SnsAccount account;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String operation;

    @Column(name = "incident_response", nullable = false, length = MAX_TEXT, updatable = false)
    private String incidentResponse;

    @Column(name = "change_note", nullable = false, length = 500, updatable = false)
    private String changeNote;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** 削除: a security officer replaced the texts by 「（削除済み）」 (written only by {@link SnsAccounts}, in SQL). */
    @Column(name = "redacted_by", length = 100, insertable = false, updatable = false)
    private String redactedBy;

    @Column(name = "redacted_at", insertable = false, updatable = false)
    private OffsetDateTime redactedAt;

    @Column(name = "redaction_reason", length = 500, insertable = false, updatable = false)
    private String redactionReason;

    /** What the procedure form posts. */
    public record Text(String operation, String incidentResponse, String changeNote) {
    }

    protected Procedure() {
    }

    Procedure(SnsAccount account, int versionNo, Text t, String by, OffsetDateTime at) {
        this.operation = SecretText.clean(t.operation(), MAX_TEXT, "sns.procedure.operation", true);
        this.incidentResponse = SecretText.clean(t.incidentResponse(), MAX_TEXT, "sns.procedure.incidentResponse", true);
        this.changeNote = SecretText.clean(t.changeNote(), 500, "sns.changeNote", true);
        this.account = account;
        this.versionNo = versionNo;
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public SnsAccount getAccount() {
        return account;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getOperation() {
        return operation;
    }

    public String getIncidentResponse() {
        return incidentResponse;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isRedacted() {
        return redactedAt != null;
    }

    public String getRedactedBy() {
        return redactedBy;
    }

    public OffsetDateTime getRedactedAt() {
        return redactedAt;
    }

    public String getRedactionReason() {
        return redactionReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditId() {
        return account.auditId() + "#" + versionNo;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("account", account.auditId());
        state.put("versionNo", Integer.toString(versionNo));
        state.put("operatingProcedure", operation);
        state.put("incidentResponse", incidentResponse);
        state.put("note", changeNote);
        return state;
    }
}
