package jp.kochi.vrm.incident;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The first report's facts as a form holds them (also a draft's): what happened, when it was found, and what
 * information and how many people may be affected. Checked by {@link Incident#describe}.
 */
public class IncidentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private IncidentSubject subject = IncidentSubject.CONTRACT;
    private Long contractId;
    private Long serviceId;
    private Long snsAccountId;
    private IncidentChannel channel = IncidentChannel.PHONE;
    private String title;
    private String whatHappened;
    private LocalDate foundDate;
    private String foundTime;
    private String confidentiality;
    private boolean personalInfo;
    private boolean sensitive;
    private boolean myNumber;
    private boolean propertyDamage;
    private boolean unauthorisedPurpose;
    private Integer affectedCount;
    private String actionsSoFar;

    /** The form filled from a stored incident (a draft being continued). */
    public static IncidentForm of(Incident i) {
        IncidentForm f = new IncidentForm();
        f.subject = i.getSubject();
        f.contractId = i.getContract() == null ? null : i.getContract().getId();
        f.channel = i.getChannel();
        f.title = i.getTitle();
        f.whatHappened = i.getWhatHappened();
        f.foundDate = i.getFoundDate();
        f.foundTime = i.getFoundTime();
        f.confidentiality = i.getConfidentiality() == null ? null : i.getConfidentiality().getCode();
        f.personalInfo = i.isPersonalInfo();
        f.sensitive = i.isSensitive();
        f.myNumber = i.isMyNumber();
        f.propertyDamage = i.isPropertyDamage();
        f.unauthorisedPurpose = i.isUnauthorisedPurpose();
        f.affectedCount = i.getAffectedCount();
        f.actionsSoFar = i.getActionsSoFar();
        return f;
    }

    public IncidentFacts facts() {
        return new IncidentFacts(personalInfo, sensitive, myNumber, propertyDamage, unauthorisedPurpose, affectedCount);
    }

    public IncidentSubject getSubject() {
        return subject;
    }

    public void setSubject(IncidentSubject subject) {
        this.subject = subject;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getSnsAccountId() {
        return snsAccountId;
    }

    public void setSnsAccountId(Long snsAccountId) {
        this.snsAccountId = snsAccountId;
    }

    public IncidentChannel getChannel() {
        return channel;
    }

    public void setChannel(IncidentChannel channel) {
        this.channel = channel;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public LocalDate getFoundDate() {
        return foundDate;
    }

    public void setFoundDate(LocalDate foundDate) {
        this.foundDate = foundDate;
    }

    public String getFoundTime() {
        return foundTime;
    }

    public void setFoundTime(String foundTime) {
        this.foundTime = foundTime;
    }

    public String getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(String confidentiality) {
        this.confidentiality = confidentiality;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public void setPersonalInfo(boolean personalInfo) {
        this.personalInfo = personalInfo;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public void setMyNumber(boolean myNumber) {
        this.myNumber = myNumber;
    }

    public boolean isPropertyDamage() {
        return propertyDamage;
    }

    public void setPropertyDamage(boolean propertyDamage) {
        this.propertyDamage = propertyDamage;
    }

    public boolean isUnauthorisedPurpose() {
        return unauthorisedPurpose;
    }

    public void setUnauthorisedPurpose(boolean unauthorisedPurpose) {
        this.unauthorisedPurpose = unauthorisedPurpose;
    }

    public Integer getAffectedCount() {
        return affectedCount;
    }

    public void setAffectedCount(Integer affectedCount) {
        this.affectedCount = affectedCount;
    }

    public String getActionsSoFar() {
        return actionsSoFar;
    }

    public void setActionsSoFar(String actionsSoFar) {
        this.actionsSoFar = actionsSoFar;
    }
}
