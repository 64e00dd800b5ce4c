package jp.kochi.vrm.vetting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;
import jp.kochi.vrm.platform.faces.Uploads;

/**
 * One vetting: procurement answers the checklist and submits; a security officer who did not submit it
 * approves or rejects. The tier and its reasons are shown live from the one rule.
 */
@Named
@ViewScoped
public class VettingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VettingService service;

    @Inject
    private ClassificationRegister classification;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private Vetting vetting;
    private String levelCode;
    private String work;
    private boolean personalInfo;
    private boolean myNumber;
    private List<ConfidentialityLevel> levels;
    private String decisionReason;
    private LocalDate validUntil;
    private Long evidenceItemId;
    private transient Part evidenceFile;

    public void load() {
        if (id == null) {
            messages.error("error.recordMissing");
            return;
        }
        try {
            show(service.find(id));
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
        if (validUntil == null) {
            validUntil = service.defaultValidUntil();
        }
    }

    private void show(Vetting v) {
        vetting = v;
        levelCode = v.getConfidentiality().getCode();
        work = v.getWorkDescription();
        personalInfo = v.isPersonalInfo();
        myNumber = v.isMyNumber();
    }

    private VettingService.Work typedWork() {
        return new VettingService.Work(work, levelCode, personalInfo, myNumber);
    }

    public boolean isFound() {
        return vetting != null;
    }

    public void save() {
        try {
            show(service.saveDraft(vetting, typedWork()));
            messages.info("app.saved");
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void submit() {
        try {
            show(service.submit(vetting, typedWork()));
            messages.info("vetting.submitted");
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void approve() {
        try {
            show(service.approve(vetting.getId(), vetting.getVersion(), decisionReason, validUntil));
            messages.info("vetting.approved");
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void reject() {
        try {
            show(service.reject(vetting.getId(), vetting.getVersion(), decisionReason));
            messages.info("vetting.rejected");
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void uploadEvidence() {
        try {
            if (evidenceItemId == null) {
                messages.error("vetting.evidence.itemRequired");
                return;
            }
            try (InputStream content = Uploads.open(evidenceFile)) {
                if (content == null) {
                    messages.error("evidence.empty");
                    return;
                }
                show(service.attachEvidence(vetting.getId(), vetting.getVersion(), evidenceItemId,
                        Uploads.name(evidenceFile), content));
            }
            messages.info("vetting.evidence.attached");
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        }
    }

    /** The tier the current answers give, and why. */
    public RiskTierRule.Assessment getAssessment() {
        return vetting.assessment();
    }

    /** A reason line in the user's language. */
    public String reason(RiskTierRule.Reason reason) {
        return messages.text(reason.messageKey(), reason.arguments().toArray());
    }

    public boolean isCanEdit() {
        return vetting.isDraft() && currentUser.hasRole(Roles.PROCUREMENT);
    }

    public boolean isCanDecide() {
        return vetting.isSubmitted() && currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    /** The signed-in officer submitted this vetting: the page says so (the service refuses it anyway). */
    public boolean isOwnSubmission() {
        return Objects.equals(vetting.getSubmittedBy(), currentUser.getUsername());
    }

    public List<ConfidentialityLevel> getLevels() {
        if (levels == null) {
            levels = classification.confidentialityLevels();
        }
        return levels;
    }

    public Answer[] getAnswerChoices() {
        return Answer.values();
    }

    public Vetting getVetting() {
        return vetting;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public String getWork() {
        return work;
    }

    public void setWork(String work) {
        this.work = work;
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

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Long getEvidenceItemId() {
        return evidenceItemId;
    }

    public void setEvidenceItemId(Long evidenceItemId) {
        this.evidenceItemId = evidenceItemId;
    }

    public Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }
}
