package jp.kochi.vrm.incident;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kochi.vrm.audit.AuditedEntity;

/** A legal report made under a {@link ReportRule}: the preliminary (速報) or the final (確報) one. */
@Entity
@Table(name = "incident_legal_report")
public class LegalReport extends AuditedEntity {

    /** 速報 or 確報. */
    public enum Stage {
        PRELIMINARY, FINAL
    }

    @Id
    @SequenceGenerator(name = "incident_legal_report_seq", sequenceName = "incident_legal_report_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_legal_report_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    private Incident incident;

    @Column(name = "rule_code", nullable = false, length = 20, updatable = false)
    private String ruleCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Stage stage;

    @Column(name = "made_on", nullable = false, updatable = false)
    private LocalDate madeOn;

    @Column(name = "made_by", nullable = false, length = 100, updatable = false)
    private String madeBy;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LegalReport() {
    }

    LegalReport(Incident incident, String ruleCode, Stage stage, LocalDate madeOn, String madeBy, String note,
            OffsetDateTime recordedAt) {
        this.incident = incident;
        this.ruleCode = ruleCode;
        this.stage = stage;
        this.madeOn = madeOn;
        this.madeBy = madeBy;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    @Override
    public String auditId() {
        return incident.auditId() + "/" + id;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("ruleCode", ruleCode);
        state.put("stage", stage.name());
        state.put("madeOn", madeOn.toString());
        state.put("note", note);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public String getNote() {
        return note;
    }
}
