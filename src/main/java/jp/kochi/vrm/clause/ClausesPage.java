package jp.kochi.vrm.clause;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** 条項ライブラリ: every clause with its rules (when it is mandatory) and the evidence it asks for. */
@Named
@ViewScoped
public class ClausesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClauseLibrary library;

    private List<Clause> clauses;

    public List<Clause> getClauses() {
        if (clauses == null) {
            clauses = library.all();
        }
        return clauses;
    }

    /** The clause's rules in the viewer's language. */
    public List<String> rules(Clause c) {
        return c.describeRules(locale());
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
