package jp.kochi.vrm.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The contractor's incidents and drafts ({@code /portal/incidents.xhtml}). */
@Named
@RequestScoped
public class PortalIncidentsPage {

    @Inject
    private IncidentPortal portal;

    private List<Incident> rows;

    public List<Incident> getRows() {
        if (rows == null) {
            rows = portal.list();
        }
        return rows;
    }
}
