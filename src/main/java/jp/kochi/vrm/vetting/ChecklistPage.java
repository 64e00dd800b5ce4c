package jp.kochi.vrm.vetting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * 選定チェックリスト: the current version and every earlier one; the security officer edits a copy of the
 * current items and publishes it as the next version.
 */
@Named
@ViewScoped
public class ChecklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SelectionChecklists checklists;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private List<SelectionChecklist> versions;
    private List<ItemDraft> drafts;
    private String note;

    @PostConstruct
    void load() {
        versions = checklists.versions();
    }

    public SelectionChecklist getCurrent() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public List<SelectionChecklist> getVersions() {
        return versions;
    }

    public boolean isCanEdit() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isEditing() {
        return drafts != null;
    }

    public void startEditing() {
        drafts = getCurrent() == null ? new java.util.ArrayList<>() : getCurrent().drafts();
        note = null;
    }

    public void addItem() {
        drafts.add(new ItemDraft());
    }

    public void removeItem(int index) {
        if (index >= 0 && index < drafts.size()) {
            drafts.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < drafts.size()) {
            drafts.add(index - 1, drafts.remove(index));
        }
    }

    public void cancel() {
        drafts = null;
    }

    public void publish() {
        try {
            SelectionChecklist published = checklists.publish(drafts, note);
            messages.info("checklist.published", published.getVersionNo());
            drafts = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public List<ItemDraft> getDrafts() {
        return drafts;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
