package jp.kochi.vrm.clause;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * One clause: current wording, rules, evidence and every earlier version. A security officer revises it here,
 * which writes a new version; contracts already issued keep the version they have.
 */
@Named
@ViewScoped
public class ClausePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClauseLibrary library;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private Clause clause;
    private boolean revising;
    private String title;
    private String body;
    private String changeNote;
    private List<EvidenceRow> evidence = new ArrayList<>();

    public void load() {
        if (id == null) {
            messages.error("error.recordMissing");
            return;
        }
        try {
            clause = library.find(id);
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            clause = null;
        }
    }

    public boolean isFound() {
        return clause != null;
    }

    public boolean isCanRevise() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public List<String> getRules() {
        return clause.describeRules(ClausesPage.locale());
    }

    public List<String> getPlaceholders() {
        return Placeholders.NAMES.stream().map(n -> "{{" + n + "}}").toList();
    }

    public void startRevision() {
        ClauseVersion v = clause.getCurrentVersion();
        title = v.getTitle();
        body = v.getBody();
        changeNote = null;
        evidence = new ArrayList<>(v.getEvidence().stream().map(EvidenceRow::of).toList());
        revising = true;
    }

    public void cancelRevision() {
        revising = false;
    }

    public void addEvidence() {
        evidence.add(new EvidenceRow());
    }

    public void removeEvidence(int index) {
        if (index >= 0 && index < evidence.size()) {
            evidence.remove(index);
        }
    }

    public void saveRevision() {
        try {
            List<EvidenceRequirement> requirements = new ArrayList<>();
            for (EvidenceRow row : evidence) {
                if (row.getName() == null || row.getName().isBlank()) {
                    continue;
                }
                if (row.getTiming() == null) {
                    throw new BusinessRuleViolation("clause.evidence.timingRequired", row.getName());
                }
                requirements.add(new EvidenceRequirement(row.getName(), row.getTiming(), row.getCadenceMonths(),
                        row.getOffsetDays() == null ? 0 : row.getOffsetDays()));
            }
            ClauseVersion v = library.revise(id, clause.getVersion(), title, body, changeNote, requirements);
            messages.info("clause.revised", v.getVersionNo());
            revising = false;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public EvidenceTiming[] getTimings() {
        return EvidenceTiming.values();
    }

    /** One editable evidence row of the revision form. */
    public static class EvidenceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private EvidenceTiming timing;
        private Integer cadenceMonths;
        private Integer offsetDays = 0;

        static EvidenceRow of(EvidenceRequirement r) {
            EvidenceRow row = new EvidenceRow();
            row.name = r.getEvidenceName();
            row.timing = r.getTiming();
            row.cadenceMonths = r.getCadenceMonths();
            row.offsetDays = r.getOffsetDays();
            return row;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public EvidenceTiming getTiming() {
            return timing;
        }

        public void setTiming(EvidenceTiming timing) {
            this.timing = timing;
        }

        public Integer getCadenceMonths() {
            return cadenceMonths;
        }

        public void setCadenceMonths(Integer cadenceMonths) {
            this.cadenceMonths = cadenceMonths;
        }

        public Integer getOffsetDays() {
            return offsetDays;
        }

        public void setOffsetDays(Integer offsetDays) {
            this.offsetDays = offsetDays;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Clause getClause() {
        return clause;
    }

    public boolean isRevising() {
        return revising;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }
}
