package jp.kochi.vrm.vetting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * The vettings section of a contractor's page (審査): the contractor's vettings, newest first, and the form that
 * starts a new one. Kept beside the vettings rather than in the contractor's page bean, so that the contractor
 * package does not depend on this one (docs/architecture.md). Procurement starts; the service checks the role again.
 */
@Named
@ViewScoped
public class ContractorVettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VettingService vettings;

    @Inject
    private UiMessages messages;

    private Long contractorId;
    private List<Vetting> history;

    private String workDescription;
    private String workLevel;
    private boolean workPersonalInfo;
    private boolean workMyNumber;

    /**
     * Reads the vettings of the contractor the page shows (its {@code id} parameter, read by the contractor's page
     * bean); a missing or unknown contractor is reported by that bean.
     */
    public void load(Long contractorId) {
        this.contractorId = contractorId;
        if (contractorId == null) {
            return;
        }
        try {
            history = vettings.history(contractorId);
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public String startVetting() {
        try {
            Vetting v = vettings.start(contractorId, workDescription, workLevel, workPersonalInfo, workMyNumber);
            messages.info("vetting.started");
            return "/staff/contractors/vetting.xhtml?faces-redirect=true&id=" + v.getId();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public List<Vetting> getHistory() {
        return history;
    }

    public String getWorkDescription() {
        return workDescription;
    }

    public void setWorkDescription(String workDescription) {
        this.workDescription = workDescription;
    }

    public String getWorkLevel() {
        return workLevel;
    }

    public void setWorkLevel(String workLevel) {
        this.workLevel = workLevel;
    }

    public boolean isWorkPersonalInfo() {
        return workPersonalInfo;
    }

    public void setWorkPersonalInfo(boolean workPersonalInfo) {
        this.workPersonalInfo = workPersonalInfo;
    }

    public boolean isWorkMyNumber() {
        return workMyNumber;
    }

    public void setWorkMyNumber(boolean workMyNumber) {
        this.workMyNumber = workMyNumber;
    }
}
