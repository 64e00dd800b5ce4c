package jp.kochi.vrm.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.kochi.vrm.contract.Obligation;
import jp.kochi.vrm.contract.SubmissionForm;
import jp.kochi.vrm.platform.faces.MissingRecord;
import jp.kochi.vrm.platform.faces.UiMessages;

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
    private final SubmissionForm form = new SubmissionForm();

    /**
     * Opens the obligation of the address; a missing, malformed or another contractor's id is answered 404 with the
     * error page, as the portal's downloads answer a missing file (never a page that says "not found" with 200).
     */
    public void load() {
        obligation = id == null ? null : portal.obligation(id).orElse(null);
        today = portal.today();
        if (obligation == null) {
            MissingRecord.answer(messages.text("obligation.notFound"));
        }
    }

    /** The address's id as given: anything but a number is no obligation (answered 404 by {@link #load}). */
    public String getIdParam() {
        return id == null ? null : id.toString();
    }

    public void setIdParam(String value) {
        try {
            id = value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
    }

    public boolean isFound() {
        return obligation != null;
    }

    public String getState() {
        return obligation.stateOn(today).name();
    }

    public void submit() {
        // The id the page was opened with; the service answers another contractor's id as a missing record.
        if (form.handIn((uploads, comment) -> portal.submit(id, obligation == null ? -1 : obligation.getVersion(),
                uploads, comment), messages)) {
            load();
        }
    }

    public SubmissionForm getForm() {
        return form;
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
}
