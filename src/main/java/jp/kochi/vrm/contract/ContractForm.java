package jp.kochi.vrm.contract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.clause.NetworkSegment;
import jp.kochi.vrm.contractor.Subcontracting;

/**
 * What the contract form holds while procurement edits it: plain values and ids, resolved and checked by
 * {@link ContractService} and {@link Contract}. Nothing here is trusted.
 */
public class ContractForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String contractNumber;
    private String title;
    private Long departmentId;
    private Long contractorId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Long valueYen;
    private String confidentialityCode;
    private int integrity = 1;
    private int availability = 1;
    private List<String> segments = new ArrayList<>();
    private boolean personalInfo;
    private boolean myNumber;
    private boolean cloudService;
    private boolean onSiteWork;
    private boolean subcontractingAllowed;
    private List<Long> subcontractingIds = new ArrayList<>();

    /** The form for an existing contract. */
    public static ContractForm of(Contract c) {
        ContractForm f = new ContractForm();
        f.contractNumber = c.getContractNumber();
        f.title = c.getTitle();
        f.departmentId = c.getDepartment().getId();
        f.contractorId = c.getContractor().getId();
        f.periodStart = c.getPeriodStart();
        f.periodEnd = c.getPeriodEnd();
        f.valueYen = c.getValueYen();
        f.confidentialityCode = c.getConfidentiality().getCode();
        f.integrity = c.getIntegrity();
        f.availability = c.getAvailability();
        f.segments = new ArrayList<>(c.getSegments().stream().map(NetworkSegment::name).toList());
        f.personalInfo = c.isPersonalInfo();
        f.myNumber = c.isMyNumber();
        f.cloudService = c.isCloudService();
        f.onSiteWork = c.isOnSiteWork();
        f.subcontractingAllowed = c.isSubcontractingAllowed();
        f.subcontractingIds = new ArrayList<>(c.getSubcontractings().stream().map(Subcontracting::getId).toList());
        return f;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public void setContractorId(Long contractorId) {
        this.contractorId = contractorId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Long getValueYen() {
        return valueYen;
    }

    public void setValueYen(Long valueYen) {
        this.valueYen = valueYen;
    }

    public String getConfidentialityCode() {
        return confidentialityCode;
    }

    public void setConfidentialityCode(String confidentialityCode) {
        this.confidentialityCode = confidentialityCode;
    }

    public int getIntegrity() {
        return integrity;
    }

    public void setIntegrity(int integrity) {
        this.integrity = integrity;
    }

    public int getAvailability() {
        return availability;
    }

    public void setAvailability(int availability) {
        this.availability = availability;
    }

    public List<String> getSegments() {
        return segments;
    }

    public void setSegments(List<String> segments) {
        this.segments = segments == null ? new ArrayList<>() : segments;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public void setPersonalInfo(boolean personalInfo) {
        this.personalInfo = personalInfo;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public void setMyNumber(boolean myNumber) {
        this.myNumber = myNumber;
    }

    public boolean isCloudService() {
        return cloudService;
    }

    public void setCloudService(boolean cloudService) {
        this.cloudService = cloudService;
    }

    public boolean isOnSiteWork() {
        return onSiteWork;
    }

    public void setOnSiteWork(boolean onSiteWork) {
        this.onSiteWork = onSiteWork;
    }

    public boolean isSubcontractingAllowed() {
        return subcontractingAllowed;
    }

    public void setSubcontractingAllowed(boolean subcontractingAllowed) {
        this.subcontractingAllowed = subcontractingAllowed;
    }

    public List<Long> getSubcontractingIds() {
        return subcontractingIds;
    }

    public void setSubcontractingIds(List<Long> subcontractingIds) {
        this.subcontractingIds = subcontractingIds == null ? new ArrayList<>() : subcontractingIds;
    }
}
