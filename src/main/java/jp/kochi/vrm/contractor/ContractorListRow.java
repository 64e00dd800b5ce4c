package jp.kochi.vrm.contractor;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the register list: only the columns shown, read straight from the query so a page costs
 * one page of rows. Certification dates are filled in by a second query for the page's ids.
 */
public class ContractorListRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final String nameKana;
    private final String corporateNumber;
    private final boolean soleProprietor;
    private final ContractorStatus status;
    private final RiskTier riskTier;
    private final LocalDate vettingValidUntil;
    private LocalDate nextCertificationExpiry;
    private boolean certificationExpired;

    public ContractorListRow(Long id, String name, String nameKana, String corporateNumber, boolean soleProprietor,
            ContractorStatus status, RiskTier riskTier, LocalDate vettingValidUntil) {
        this.id = id;
        this.name = name;
        this.nameKana = nameKana;
        this.corporateNumber = corporateNumber;
        this.soleProprietor = soleProprietor;
        this.status = status;
        this.riskTier = riskTier;
        this.vettingValidUntil = vettingValidUntil;
    }

    void certifications(LocalDate nextExpiry, boolean anyExpired) {
        this.nextCertificationExpiry = nextExpiry;
        this.certificationExpired = anyExpired;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public boolean isSoleProprietor() {
        return soleProprietor;
    }

    public ContractorStatus getStatus() {
        return status;
    }

    public RiskTier getRiskTier() {
        return riskTier;
    }

    public LocalDate getVettingValidUntil() {
        return vettingValidUntil;
    }

    public LocalDate getNextCertificationExpiry() {
        return nextCertificationExpiry;
    }

    /** A certification has expired and no valid one of the contractor remains. */
    public boolean isCertificationExpired() {
        return certificationExpired;
    }
}
