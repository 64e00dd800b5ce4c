package jp.kochi.vrm.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * A contractor's first report ({@code /portal/incident-report.xhtml}, {@code ?id=} to continue a draft): kept as a
 * draft on request and every few minutes while typing (so an ended session loses little), sent with files.
 */
@Named
@ViewScoped
public class PortalIncidentReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentPortal portal;

    @Inject
    private UiMessages messages;

    private Long id;
    private long version;
    private IncidentForm form = new IncidentForm();
    private transient List<Part> files = new ArrayList<>();
    private List<Contract> contracts;

    public void load() {
        contracts = portal.contracts();
        if (id != null) {
            Incident draft = portal.find(id).filter(Incident::isDraft).orElse(null);
            if (draft == null) {
                jp.kochi.vrm.platform.faces.MissingRecord.answer(messages.text("error.recordMissing"));
                return;
            }
            form = IncidentForm.of(draft);
            version = draft.getVersion();
        } else if (contracts.size() == 1) {
            form.setContractId(contracts.get(0).getId());
        }
    }

    public void saveDraft() {
        try {
            Incident i = portal.saveDraft(id, version, form);
            id = i.getId();
            version = i.getVersion();
            messages.info("incident.draftSaved");
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public String send() {
        try {
            Incident i = portal.report(id, version, form, EvidenceUpload.of(getFiles()));
            messages.info("incident.reported", i.getIncidentNumber());
            return "/portal/incident.xhtml?faces-redirect=true&id=" + i.getId();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            files = new ArrayList<>();
        }
        return null;
    }

    public String discard() {
        if (id == null) {
            return "/portal/incidents.xhtml?faces-redirect=true";
        }
        try {
            portal.discardDraft(id, version);
            messages.info("incident.draftDiscarded");
            return "/portal/incidents.xhtml?faces-redirect=true";
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public List<Contract> getContracts() {
        return contracts;
    }

    public List<ConfidentialityLevel> getLevels() {
        return portal.levels();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IncidentForm getForm() {
        return form;
    }

    public List<Part> getFiles() {
        return files == null ? new ArrayList<>() : files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}
