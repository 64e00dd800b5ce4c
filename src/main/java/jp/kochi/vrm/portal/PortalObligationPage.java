package jp.kochi.vrm.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.contract.EvidenceSubmission;
import jp.kochi.vrm.contract.Obligation;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.shell.UiMessages;

/**
 * The contractor's page of one obligation ({@code /portal/obligation.xhtml?id=}): what is asked and by when, the
 * submissions so far with the reviewers' comments, and the form to hand in files. Another contractor's id shows
 * exactly what a missing id shows.
 */
@Named
@ViewScoped
public class PortalObligationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractorPortal portal;

    @Inject
    private UiMessages messages;

    private Long id;
    private Obligation obligation;
    private LocalDate today;
    private String comment;
    private transient List<Part> files = new ArrayList<>();

    public void load() {
        obligation = id == null ? null : portal.obligation(id).orElse(null);
        today = portal.today();
        if (obligation == null) {
            messages.error("obligation.notFound");
        }
    }

    public boolean isFound() {
        return obligation != null;
    }

    public String getState() {
        return obligation.stateOn(today).name();
    }

    public void submit() {
        try {
            // The id the page was opened with; the service answers another contractor's id as a missing record.
            EvidenceSubmission s = portal.submit(id, obligation == null ? -1 : obligation.getVersion(),
                    EvidenceUpload.of(files), comment);
            messages.info("submission.sent", s.getVersionNo());
            comment = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            files = new ArrayList<>();
        }
    }

    public int getMaxFiles() {
        return Obligation.MAX_FILES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}
