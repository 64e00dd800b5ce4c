package jp.kochi.vrm.contractor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;
import jp.kochi.vrm.platform.faces.Uploads;

/**
 * One contractor: register data, status and its history, certifications and the subcontracting chain. Actions
 * are offered by role; the services check the roles again. The page's other sections have beans of their own:
 * vettings ({@code vetting.ContractorVettingsPage}) and portal users ({@code account.ContractorAccountsPage}).
 */
@Named
@ViewScoped
public class ContractorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractorRegister register;

    @Inject
    private ClassificationRegister classification;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private Contractor contractor;
    private List<ContractorRegister.ChainLine> chain;
    private List<Subcontracting> primes;
    private List<ConfidentialityLevel> levels;
    private LocalDate today;

    private String statusReason;
    private Certification certification;
    private transient Part certificateFile;

    private ContractorListRow subcontractor;
    private String subScope;
    private String subLevel;
    private boolean subMyNumber;
    private String approvalReference;

    public void load() {
        if (id == null) {
            messages.error("error.recordMissing");
            return;
        }
        try {
            contractor = register.find(id);
            chain = register.chainBelow(id);
            primes = register.primesOf(id);
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            contractor = null;
        }
    }

    public boolean isFound() {
        return contractor != null;
    }

    // --- status ---------------------------------------------------------------------------------------------

    public void suspend() {
        changeStatus(ContractorRegister.StatusAction.SUSPEND);
    }

    public void reinstate() {
        changeStatus(ContractorRegister.StatusAction.REINSTATE);
    }

    public void end() {
        changeStatus(ContractorRegister.StatusAction.END);
    }

    private void changeStatus(ContractorRegister.StatusAction action) {
        try {
            register.changeStatus(id, contractor.getVersion(), action, statusReason);
            messages.info("contractor.status.changed");
            statusReason = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    // --- certifications -------------------------------------------------------------------------------------

    public void newCertification() {
        certification = Certification.blankFor(contractor);
    }

    public void editCertification(Certification existing) {
        certification = existing;
    }

    public void cancelCertification() {
        certification = null;
    }

    public void saveCertification() {
        try {
            try (InputStream content = Uploads.open(certificateFile)) {
                register.saveCertification(certification, Uploads.name(certificateFile), content);
            }
            messages.info("app.saved");
            certification = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        }
    }

    public boolean isExpired(Certification c) {
        return c.isExpiredOn(today());
    }

    public boolean isExpiringSoon(Certification c) {
        return c.expiresWithin(today(), 90);
    }

    /** Today in the city, asked once per view: every certification row and the lapse badge use it. */
    public LocalDate today() {
        if (today == null) {
            today = register.today();
        }
        return today;
    }

    // --- 再委託 -------------------------------------------------------------------------------------------

    public List<ContractorListRow> suggest(String text) {
        return register.suggest(text).stream().filter(r -> !r.getId().equals(id)).toList();
    }

    public void addSubcontracting() {
        try {
            register.addSubcontracting(id, subcontractor == null ? null : subcontractor.getId(), subScope, subLevel,
                    subMyNumber);
            messages.info("subcontracting.added");
            subcontractor = null;
            subScope = null;
            subMyNumber = false;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void approveSubcontracting(Subcontracting arrangement) {
        try {
            register.approveSubcontracting(arrangement.getId(), arrangement.getVersion(), approvalReference);
            messages.info("subcontracting.approved");
            approvalReference = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    // --- flags for the page ---------------------------------------------------------------------------------

    public boolean isProcurement() {
        return currentUser.hasRole(Roles.PROCUREMENT);
    }

    public boolean isSecurityOfficer() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isCanChangeStatus() {
        return (isProcurement() || isSecurityOfficer()) && !contractor.isEnded();
    }

    public boolean isCanEdit() {
        return isProcurement() && !contractor.isEnded();
    }

    public List<ConfidentialityLevel> getLevels() {
        if (levels == null) {
            levels = classification.confidentialityLevels();
        }
        return levels;
    }

    public CertificationKind[] getCertificationKinds() {
        return CertificationKind.values();
    }

    public Contractor getContractor() {
        return contractor;
    }

    public List<ContractorRegister.ChainLine> getChain() {
        return chain;
    }

    public List<Subcontracting> getPrimes() {
        return primes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public Certification getCertification() {
        return certification;
    }

    public Part getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(Part certificateFile) {
        this.certificateFile = certificateFile;
    }

    public ContractorListRow getSubcontractor() {
        return subcontractor;
    }

    public void setSubcontractor(ContractorListRow subcontractor) {
        this.subcontractor = subcontractor;
    }

    public String getSubScope() {
        return subScope;
    }

    public void setSubScope(String subScope) {
        this.subScope = subScope;
    }

    public String getSubLevel() {
        return subLevel;
    }

    public void setSubLevel(String subLevel) {
        this.subLevel = subLevel;
    }

    public boolean isSubMyNumber() {
        return subMyNumber;
    }

    public void setSubMyNumber(boolean subMyNumber) {
        this.subMyNumber = subMyNumber;
    }

    public String getApprovalReference() {
        return approvalReference;
    }

    public void setApprovalReference(String approvalReference) {
        this.approvalReference = approvalReference;
    }
}
