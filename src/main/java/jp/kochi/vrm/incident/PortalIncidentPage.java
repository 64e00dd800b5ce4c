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
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * One of the contractor's incidents ({@code /portal/incident.xhtml?id=}): its facts and timeline, a follow-up or the
 * detailed report, and the actions assigned to the contractor. Another contractor's id is answered 404.
 */
@Named
@ViewScoped
public class PortalIncidentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentPortal portal;

    @Inject
    private UiMessages messages;

    private Long id;
    private Incident incident;
    private List<CorrectiveAction> actions;
    private LocalDate today;
    private final EntryForm entry = new EntryForm();
    private String actionNote;
    private transient List<jakarta.servlet.http.Part> actionFiles = new java.util.ArrayList<>();

    public String load() {
        incident = id == null ? null : portal.find(id).orElse(null);
        if (incident == null) {
            jp.kochi.vrm.platform.faces.MissingRecord.answer(messages.text("error.recordMissing"));
            return null;
        }
        if (incident.isDraft()) {
            return "/portal/incident-report.xhtml?faces-redirect=true&id=" + id;
        }
        refresh();
        return null;
    }

    private void refresh() {
        incident = portal.find(id).orElse(null);
        actions = portal.actions(id);
        today = portal.today();
    }

    public void addEntry() {
        try {
            portal.addEntry(id, incident.getVersion(), entry.getKind(), entry.getText(),
                    EvidenceUpload.of(entry.getFiles()));
            messages.info("incident.entryAdded");
            entry.clear();
            refresh();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            entry.setFiles(null);
        }
    }

    public void completeAction(CorrectiveAction a) {
        try {
            portal.completeAction(a.getId(), a.getVersion(), actionNote, EvidenceUpload.of(getActionFiles()));
            messages.info("action.completed");
            actionNote = null;
            refresh();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            actionFiles = new java.util.ArrayList<>();
        }
    }

    public boolean mayComplete(CorrectiveAction a) {
        return a.getStatus() == ActionStatus.OPEN;
    }

    public EntryKind[] getEntryKinds() {
        return new EntryKind[] {EntryKind.FOLLOW_UP, EntryKind.DETAILED_REPORT};
    }

    public boolean isOpen() {
        return incident != null && incident.getStatus() != IncidentStatus.CLOSED;
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

    public List<CorrectiveAction> getActions() {
        return actions;
    }

    public LocalDate getToday() {
        return today;
    }

    public EntryForm getEntry() {
        return entry;
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
}
