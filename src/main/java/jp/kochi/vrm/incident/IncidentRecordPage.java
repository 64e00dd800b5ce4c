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
import jp.kochi.vrm.cloud.ExternalService;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;
import jp.kochi.vrm.sns.SnsAccount;

/**
 * Staff record an incident ({@code /staff/incidents/new.xhtml}): one reported by phone or mail on a contractor's
 * behalf, a provider's breach notice, an official account's takeover, or the city's own. Sent as the first report.
 */
@Named
@ViewScoped
public class IncidentRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentService service;

    @Inject
    private UiMessages messages;

    private final IncidentForm form = new IncidentForm();
    private transient List<Part> files = new ArrayList<>();

    public String record() {
        try {
            Incident i = service.record(form, EvidenceUpload.of(getFiles()));
            messages.info("incident.recorded", i.getIncidentNumber());
            return "/staff/incidents/view.xhtml?faces-redirect=true&id=" + i.getId();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            files = new ArrayList<>();
        }
        return null;
    }

    public IncidentSubject[] getSubjects() {
        return IncidentSubject.values();
    }

    public IncidentChannel[] getChannels() {
        return new IncidentChannel[] {IncidentChannel.PHONE, IncidentChannel.MAIL, IncidentChannel.PROVIDER_NOTICE,
                IncidentChannel.STAFF};
    }

    public List<Contract> getContracts() {
        return service.contracts();
    }

    public List<ExternalService> getServices() {
        return service.services();
    }

    public List<SnsAccount> getSnsAccounts() {
        return service.snsAccounts();
    }

    public List<ConfidentialityLevel> getLevels() {
        return service.levels();
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
