package jp.kochi.vrm.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.SheetWriter;
import jp.kochi.vrm.platform.faces.UiMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The incident register ({@code /staff/incidents/list.xhtml}): by status, with the next legal report due. */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private IncidentStatus status;
    private List<Incident> rows;
    private Map<Long, Incident.DueReport> nextReport;
    private Map<Long, Long> openActions;
    private LocalDate today;

    public void load() {
        today = service.today();
        rows = service.list(status);
        List<ReportRule> rules = service.activeRules();
        nextReport = new HashMap<>();
        for (Incident i : rows) {
            if (i.getStatus() != IncidentStatus.CLOSED) {
                i.outstandingReports(rules).stream().min(Comparator.comparing(Incident.DueReport::dueDate))
                        .ifPresent(d -> nextReport.put(i.getId(), d));
            }
        }
        openActions = new HashMap<>();
        for (Object[] r : service.openActionCounts()) {
            openActions.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
    }

    public Incident.DueReport next(Incident i) {
        return nextReport.get(i.getId());
    }

    public long openActions(Incident i) {
        return openActions.getOrDefault(i.getId(), 0L);
    }

    public boolean overdue(LocalDate d) {
        return d != null && d.isBefore(today);
    }

    public boolean isMayRecord() {
        return currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER)
                || currentUser.hasRole(Roles.SNS_OWNER);
    }

    public StreamedContent getExport() {
        return DefaultStreamedContent.builder().name("incidents.csv").contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        service.export(status, w, key -> messages.text(key));
                        w.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public StreamedContent getExportXlsx() {
        return DefaultStreamedContent.builder().name("incidents.xlsx").contentType(SheetWriter.CONTENT_TYPE)
                .writer(out -> {
                    try {
                        service.exportXlsx(status, out, key -> messages.text(key));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public IncidentStatus[] getStatuses() {
        return new IncidentStatus[] {IncidentStatus.REPORTED, IncidentStatus.HANDLING, IncidentStatus.CLOSED};
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public List<Incident> getRows() {
        return rows;
    }
}
