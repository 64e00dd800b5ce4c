package jp.kochi.vrm.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/** The legal reporting rules ({@code /staff/incidents/rules.xhtml}): read by staff, revised by the security officer. */
@Named
@ViewScoped
public class ReportRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private List<ReportRule> rules;
    private ReportRuleForm editing;

    public void load() {
        rules = service.rules();
    }

    public void edit(ReportRule r) {
        editing = ReportRuleForm.of(r);
    }

    public void save() {
        try {
            service.reviseRule(editing);
            messages.info("incident.rule.saved");
            editing = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void cancel() {
        editing = null;
    }

    public boolean isOfficer() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public List<ReportRule> getRules() {
        return rules;
    }

    public ReportRuleForm getEditing() {
        return editing;
    }
}
