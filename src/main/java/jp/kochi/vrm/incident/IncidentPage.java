package jp.kochi.vrm.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.action.ActionStatus;
import jp.kochi.vrm.action.CorrectiveAction;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * One incident for staff ({@code /staff/incidents/view.xhtml?id=}): its facts, the legal clocks with their basis, the
 * timeline, and the handling: acknowledge, add to the timeline, record legal reports and decisions, turn a
 * countermeasure into a corrective action and verify it, close. Each form calls one service method; a missing or
 * draft id is answered 404.
 */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private Incident incident;
    private List<ReportingClock> clocks;
    private List<CorrectiveAction> actions;
    private LocalDate today;

    private final EntryForm entry = new EntryForm();
    private String legalRule;
    private LegalReport.Stage legalStage = LegalReport.Stage.PRELIMINARY;
    private LocalDate legalMadeOn;
    private String legalNote;
    private String decisionChoice;
    private String decisionReason;
    private String actionTitle;
    private String actionDetail;
    private CorrectiveAction.OwnerKind actionOwner = CorrectiveAction.OwnerKind.STAFF;
    private String actionOwnerUser;
    private LocalDate actionDue;
    private String actionNote;
    private transient List<jakarta.servlet.http.Part> actionFiles = new java.util.ArrayList<>();
    private String closingNote;
    private String suspendReason;
    private IncidentForm facts;
    private LocalDate knownOn;

    public void load() {
        incident = id == null ? null : service.find(id).orElse(null);
        if (incident == null) {
            jp.kochi.vrm.platform.faces.MissingRecord.answer(messages.text("error.recordMissing"));
            return;
        }
        refresh();
    }

    private void refresh() {
        incident = service.find(id).orElse(null);
        if (incident == null) {
            return;
        }
        today = service.today();
        clocks = incident.clocks(service.activeRules());
        actions = service.actions(id);
        facts = IncidentForm.of(incident);
        knownOn = incident.getKnownOn();
        if (legalMadeOn == null) {
            legalMadeOn = today;
        }
        if (actionOwnerUser == null) {
            actionOwnerUser = currentUser.getUsername();
        }
    }

    private boolean attempt(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            refresh();
            return true;
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return false;
        }
    }

    public void acknowledge() {
        attempt(() -> service.acknowledge(id, incident.getVersion()), "incident.acknowledged");
    }

    public void addEntry() {
        try {
            List<EvidenceUpload> uploads = EvidenceUpload.of(entry.getFiles());
            if (attempt(() -> service.addEntry(id, incident.getVersion(), entry.getKind(), entry.getText(), uploads),
                    "incident.entryAdded")) {
                entry.clear();
            }
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            entry.setFiles(null);
        }
    }

    public void recordLegalReport() {
        if (attempt(() -> service.recordLegalReport(id, incident.getVersion(), legalRule, legalStage, legalMadeOn,
                legalNote), "incident.legalReportRecorded")) {
            legalNote = null;
        }
    }

    public void decide() {
        Decision d = null;
        String answer = null;
        if (decisionChoice != null && decisionChoice.contains(":")) {
            try {
                d = Decision.valueOf(decisionChoice.substring(0, decisionChoice.indexOf(':')));
                answer = decisionChoice.substring(decisionChoice.indexOf(':') + 1);
            } catch (IllegalArgumentException e) {
                d = null;
            }
        }
        Decision decision = d;
        String decisionAnswer = answer;
        if (attempt(() -> service.decide(id, incident.getVersion(), decision, decisionAnswer, decisionReason),
                "incident.decided")) {
            decisionReason = null;
        }
    }

    public void suspendListing() {
        if (attempt(() -> service.suspendListing(id, incident.getVersion(), suspendReason), "incident.listingSuspended")) {
            suspendReason = null;
        }
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }

    public void changeFacts() {
        attempt(() -> service.changeFacts(id, incident.getVersion(), facts, knownOn), "incident.factsChanged");
    }

    public void addAction() {
        if (attempt(() -> service.addAction(id, actionTitle, actionDetail, actionOwner, actionOwnerUser, actionDue),
                "action.added")) {
            actionTitle = null;
            actionDetail = null;
            actionDue = null;
        }
    }

    public void completeAction(CorrectiveAction a) {
        try {
            List<EvidenceUpload> uploads = EvidenceUpload.of(actionFiles);
            if (attempt(() -> service.completeAction(a.getId(), a.getVersion(), actionNote, uploads),
                    "action.completed")) {
                actionNote = null;
            }
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            actionFiles = new java.util.ArrayList<>();
        }
    }

    public void verifyAction(CorrectiveAction a, boolean accept) {
        if (attempt(() -> service.verifyAction(a.getId(), a.getVersion(), accept, actionNote),
                accept ? "action.verified" : "action.returned")) {
            actionNote = null;
        }
    }

    public void close() {
        attempt(() -> service.close(id, incident.getVersion(), closingNote), "incident.closed");
    }

    public boolean isOpen() {
        return incident != null && incident.getStatus() != IncidentStatus.CLOSED;
    }

    public boolean isMayHandle() {
        return currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER)
                || currentUser.hasRole(Roles.SNS_OWNER);
    }

    public boolean isMayAssign() {
        return currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isOfficer() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean mayComplete(CorrectiveAction a) {
        return a.getStatus() == ActionStatus.OPEN && a.ownedBy(currentUser.getUsername(), null) && isMayHandle();
    }

    public boolean mayVerify(CorrectiveAction a) {
        return a.getStatus() == ActionStatus.COMPLETED && isMayAssign()
                && !currentUser.getUsername().equals(a.getCompletedBy());
    }

    /** Whether the legal report of a clock at a stage was made. */
    public LegalReport made(ReportingClock c, String stage) {
        return incident.legalReport(c.rule().getCode(), LegalReport.Stage.valueOf(stage)).orElse(null);
    }

    public boolean overdue(LocalDate due) {
        return due != null && due.isBefore(today);
    }

    public EntryKind[] getEntryKinds() {
        return new EntryKind[] {EntryKind.FOLLOW_UP, EntryKind.DETAILED_REPORT, EntryKind.COUNTERMEASURE};
    }

    /** Every decision with each of its answers, as {@code DECISION:ANSWER}, for one choice. */
    public List<String> getDecisionChoices() {
        List<String> choices = new java.util.ArrayList<>();
        for (Decision d : Decision.values()) {
            for (String a : d.answers()) {
                choices.add(d.name() + ":" + a);
            }
        }
        return choices;
    }

    public String getDecisionChoice() {
        return decisionChoice;
    }

    public void setDecisionChoice(String decisionChoice) {
        this.decisionChoice = decisionChoice;
    }

    public LegalReport.Stage[] getStages() {
        return LegalReport.Stage.values();
    }

    public CorrectiveAction.OwnerKind[] getOwnerKinds() {
        return CorrectiveAction.OwnerKind.values();
    }

    public List<ConfidentialityLevel> getLevels() {
        return service.levels();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Incident getIncident() {
        return incident;
    }

    public List<ReportingClock> getClocks() {
        return clocks;
    }

    public List<CorrectiveAction> getActions() {
        return actions;
    }

    public LocalDate getToday() {
        return today;
    }

    public EntryForm getEntry() {
        return entry;
    }

    public String getLegalRule() {
        return legalRule;
    }

    public void setLegalRule(String legalRule) {
        this.legalRule = legalRule;
    }

    public LegalReport.Stage getLegalStage() {
        return legalStage;
    }

    public void setLegalStage(LegalReport.Stage legalStage) {
        this.legalStage = legalStage;
    }

    public LocalDate getLegalMadeOn() {
        return legalMadeOn;
    }

    public void setLegalMadeOn(LocalDate legalMadeOn) {
        this.legalMadeOn = legalMadeOn;
    }

    public String getLegalNote() {
        return legalNote;
    }

    public void setLegalNote(String legalNote) {
        this.legalNote = legalNote;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getActionTitle() {
        return actionTitle;
    }

    public void setActionTitle(String actionTitle) {
        this.actionTitle = actionTitle;
    }

    public String getActionDetail() {
        return actionDetail;
    }

    public void setActionDetail(String actionDetail) {
        this.actionDetail = actionDetail;
    }

    public CorrectiveAction.OwnerKind getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(CorrectiveAction.OwnerKind actionOwner) {
        this.actionOwner = actionOwner;
    }

    public String getActionOwnerUser() {
        return actionOwnerUser;
    }

    public void setActionOwnerUser(String actionOwnerUser) {
        this.actionOwnerUser = actionOwnerUser;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public String getActionNote() {
        return actionNote;
    }

    public void setActionNote(String actionNote) {
        this.actionNote = actionNote;
    }

    public List<jakarta.servlet.http.Part> getActionFiles() {
        return actionFiles == null ? new java.util.ArrayList<>() : actionFiles;
    }

    public void setActionFiles(List<jakarta.servlet.http.Part> actionFiles) {
        this.actionFiles = actionFiles == null ? new java.util.ArrayList<>() : actionFiles;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }

    public IncidentForm getFacts() {
        return facts;
    }

    public LocalDate getKnownOn() {
        return knownOn;
    }

    public void setKnownOn(LocalDate knownOn) {
        this.knownOn = knownOn;
    }
}
