package jp.kochi.vrm.cloud;

import java.io.Serializable;
import java.time.LocalDate;

/** What the service form posts: the facts of {@link ExternalService}, with the records it refers to as ids. */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String providerName;
    private Long providerContractorId;
    private ServiceKind kind = ServiceKind.SAAS;
    private ServiceTerms terms = ServiceTerms.STANDARD_TERMS;
    private Long contractId;
    private IsmapStatus ismapStatus = IsmapStatus.NONE;
    private String ismapNumber;
    private LocalDate ismapListedUntil;
    private DataLocation dataLocation = DataLocation.DOMESTIC;
    private String dataRegions;
    private GoverningLaw governingLaw = GoverningLaw.JAPANESE;
    private String court;
    private boolean mfa;
    private boolean sso;
    private boolean encryptionAtRest;
    private boolean auditLogs;
    private boolean deletionOnExit;
    private Long departmentId;
    private String responsiblePerson;
    private LocalDate reviewDate;
    private String notes;

    public ServiceForm() {
    }

    /** The form filled from a stored service. */
    public static ServiceForm of(ExternalService s) {
        ServiceForm f = new ServiceForm();
        f.name = s.getName();
        f.providerName = s.getProviderName();
        f.providerContractorId = s.getProviderContractor() == null ? null : s.getProviderContractor().getId();
        f.kind = s.getKind();
        f.terms = s.getTerms();
        f.contractId = s.getContract() == null ? null : s.getContract().getId();
        f.ismapStatus = s.getIsmapStatus();
        f.ismapNumber = s.getIsmapNumber();
        f.ismapListedUntil = s.getIsmapListedUntil();
        f.dataLocation = s.getDataLocation();
        f.dataRegions = s.getDataRegions();
        f.governingLaw = s.getGoverningLaw();
        f.court = s.getCourt();
        f.mfa = s.isMfa();
        f.sso = s.isSso();
        f.encryptionAtRest = s.isEncryptionAtRest();
        f.auditLogs = s.isAuditLogs();
        f.deletionOnExit = s.isDeletionOnExit();
        f.departmentId = s.getDepartment().getId();
        f.responsiblePerson = s.getResponsiblePerson();
        f.reviewDate = s.getReviewDate();
        f.notes = s.getNotes();
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public Long getProviderContractorId() {
        return providerContractorId;
    }

    public void setProviderContractorId(Long providerContractorId) {
        this.providerContractorId = providerContractorId;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public ServiceTerms getTerms() {
        return terms;
    }

    public void setTerms(ServiceTerms terms) {
        this.terms = terms;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public IsmapStatus getIsmapStatus() {
        return ismapStatus;
    }

    public void setIsmapStatus(IsmapStatus ismapStatus) {
        this.ismapStatus = ismapStatus;
    }

    public String getIsmapNumber() {
        return ismapNumber;
    }

    public void setIsmapNumber(String ismapNumber) {
        this.ismapNumber = ismapNumber;
    }

    public LocalDate getIsmapListedUntil() {
        return ismapListedUntil;
    }

    public void setIsmapListedUntil(LocalDate ismapListedUntil) {
        this.ismapListedUntil = ismapListedUntil;
    }

    public DataLocation getDataLocation() {
        return dataLocation;
    }

    public void setDataLocation(DataLocation dataLocation) {
        this.dataLocation = dataLocation;
    }

    public String getDataRegions() {
        return dataRegions;
    }

    public void setDataRegions(String dataRegions) {
        this.dataRegions = dataRegions;
    }

    public GoverningLaw getGoverningLaw() {
        return governingLaw;
    }

    public void setGoverningLaw(GoverningLaw governingLaw) {
        this.governingLaw = governingLaw;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public boolean isMfa() {
        return mfa;
    }

    public void setMfa(boolean mfa) {
        this.mfa = mfa;
    }

    public boolean isSso() {
        return sso;
    }

    public void setSso(boolean sso) {
        this.sso = sso;
    }

    public boolean isEncryptionAtRest() {
        return encryptionAtRest;
    }

    public void setEncryptionAtRest(boolean encryptionAtRest) {
        this.encryptionAtRest = encryptionAtRest;
    }

    public boolean isAuditLogs() {
        return auditLogs;
    }

    public void setAuditLogs(boolean auditLogs) {
        this.auditLogs = auditLogs;
    }

    public boolean isDeletionOnExit() {
        return deletionOnExit;
    }

    public void setDeletionOnExit(boolean deletionOnExit) {
        this.deletionOnExit = deletionOnExit;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
