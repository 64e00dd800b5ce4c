package jp.kochi.vrm.contractor;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/** A third-party certification a contractor holds (ISMS, プライバシーマーク, ISMAP …), with its certificate file. */
@Entity
@Table(name = "certification")
public class Certification extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "certification_seq", sequenceName = "certification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contractor_id", nullable = false, updatable = false)
    private Contractor contractor;

    /** The same column read as a plain value, so list queries need no join to the contractor. */
    @Column(name = "contractor_id", insertable = false, updatable = false)
    private Long contractorId;

    @NotNull(message = "{vrm.certification.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificationKind kind;

    /** The certification's name when the kind is OTHER. */
    @Size(max = 100)
    @Column(name = "kind_other", length = 100)
    private String kindOther;

    @NotBlank(message = "{vrm.certification.number.required}")
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String number;

    @NotBlank(message = "{vrm.certification.issuer.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String issuer;

    @NotNull(message = "{vrm.certification.validFrom.required}")
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @NotNull(message = "{vrm.certification.validUntil.required}")
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @ManyToOne
    @JoinColumn(name = "evidence_id")
    private EvidenceFile certificate;

    protected Certification() {
    }

    /** A fresh certification of a contractor for the form. */
    public static Certification blankFor(Contractor contractor) {
        Certification c = new Certification();
        c.contractor = Objects.requireNonNull(contractor, "contractor");
        return c;
    }

    public Certification(Contractor contractor, CertificationKind kind, String kindOther, String number, String issuer,
            LocalDate validFrom, LocalDate validUntil) {
        this.contractor = Objects.requireNonNull(contractor, "contractor");
        this.kind = kind;
        setKindOther(kindOther);
        setNumber(number);
        setIssuer(issuer);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        checkConsistent();
    }

    /** Refuses a period that ends before it starts, and an OTHER kind without its name. */
    public void checkConsistent() {
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new BusinessRuleViolation("certification.period.invalid");
        }
        if (kind == CertificationKind.OTHER && (kindOther == null || kindOther.isBlank())) {
            throw new BusinessRuleViolation("certification.kindOther.required");
        }
    }

    /** 期限切れ: shown as expired everywhere it appears. */
    public boolean isExpiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }

    /** Expires within {@code days} days of {@code today} and has not expired yet. */
    public boolean expiresWithin(LocalDate today, int days) {
        return !isExpiredOn(today) && validUntil != null && ChronoUnit.DAYS.between(today, validUntil) <= days;
    }

    public void attachCertificate(EvidenceFile file) {
        this.certificate = file;
    }

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public Contractor getContractor() {
        return contractor;
    }

    public CertificationKind getKind() {
        return kind;
    }

    public void setKind(CertificationKind kind) {
        this.kind = kind;
    }

    public String getKindOther() {
        return kindOther;
    }

    public void setKindOther(String kindOther) {
        this.kindOther = ContactPerson.clean(kindOther);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer == null ? null : issuer.strip();
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public EvidenceFile getCertificate() {
        return certificate;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("contractor", contractor.getId() == null ? null : contractor.getId().toString());
        state.put("kind", kind == null ? null : kind.name());
        state.put("kindOther", kindOther);
        state.put("number", number);
        state.put("issuer", issuer);
        state.put("validFrom", validFrom == null ? null : validFrom.toString());
        state.put("validUntil", validUntil == null ? null : validUntil.toString());
        state.put("certificate", certificate == null ? null : certificate.getSha256());
        return state;
    }
}
