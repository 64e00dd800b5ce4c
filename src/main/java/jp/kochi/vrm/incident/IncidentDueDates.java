package jp.kochi.vrm.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kochi.vrm.action.ActionOrigin;
import jp.kochi.vrm.action.ActionStatus;
import jp.kochi.vrm.action.CorrectiveAction;
import jp.kochi.vrm.due.DueDateSource;
import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.DueQuery;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.identity.Roles;

/**
 * The incidents' dates: a first report waiting for the city's acknowledgement (due the day it came in, so it is
 * notified at once and escalated while it waits), the legal reports still to be made (the earliest preliminary and
 * final report of each incident), and the corrective actions from its countermeasures. The department responsible
 * (for now the procurement or social media staff, and the staff member who registered the contract or account) and
 * the security officers answer for the incident; an action's owner for the action.
 */
@ApplicationScoped
public class IncidentDueDates implements DueDateSource {

    public static final DueKind ACKNOWLEDGEMENT = new DueKind("INCIDENT_ACK", List.of(0), true, true,
            "インシデント第一報（受領確認待ち）", "/staff/incidents/view.xhtml?id=", "/portal/incident.xhtml?id=");
    public static final DueKind PRELIMINARY = new DueKind("INCIDENT_PRELIMINARY", List.of(3, 0), true, true,
            "インシデントの速報（法定報告）", "/staff/incidents/view.xhtml?id=", null);
    public static final DueKind FINAL = new DueKind("INCIDENT_FINAL", List.of(14, 7, 0), true, true,
            "インシデントの確報（法定報告）", "/staff/incidents/view.xhtml?id=", null);
    public static final DueKind ACTION = new DueKind("INCIDENT_ACTION", List.of(14, 7, 0), true, true,
            "インシデントの再発防止策", "/staff/incidents/view.xhtml?id=", "/portal/incident.xhtml?id=");

    private static final String OFFICERS = Recipient.role(Roles.SECURITY_OFFICER);

    /** The kinds' codes: a change to an incident runs the reminders of these at once. */
    public static final java.util.Set<String> KINDS = java.util.Set.of(ACKNOWLEDGEMENT.code(), PRELIMINARY.code(),
            FINAL.code(), ACTION.code());

    @Override
    public List<DueKind> kinds() {
        return List.of(ACKNOWLEDGEMENT, PRELIMINARY, FINAL, ACTION);
    }

    @Override
    public List<DueItem> due(EntityManager em, DueQuery query) {
        List<DueItem> items = new ArrayList<>();
        List<Incident> open = em.createQuery("SELECT i FROM Incident i WHERE i.status IN :open ORDER BY i.id",
                Incident.class).setParameter("open", List.of(IncidentStatus.REPORTED, IncidentStatus.HANDLING))
                .getResultList();
        List<ReportRule> rules = em.createQuery("SELECT r FROM ReportRule r WHERE r.active = TRUE ORDER BY r.code",
                ReportRule.class).getResultList();
        Map<Long, Incident> byId = open.stream().collect(Collectors.toMap(Incident::getId, i -> i));
        for (Incident i : open) {
            String title = IncidentText.title(i.getIncidentNumber(), i.getTitle());
            if (i.getStatus() == IncidentStatus.REPORTED && !i.getKnownOn().isAfter(query.horizon(ACKNOWLEDGEMENT))) {
                items.add(new DueItem(ACKNOWLEDGEMENT, i.getId(), i.getId(), i.getKnownOn(), title, null,
                        responsible(i)));
            }
            List<Incident.DueReport> reports = i.outstandingReports(rules);
            earliest(reports, LegalReport.Stage.PRELIMINARY).filter(d -> !d.isAfter(query.horizon(PRELIMINARY)))
                    .ifPresent(d -> items.add(new DueItem(PRELIMINARY, i.getId(), i.getId(), d, title, null,
                            List.of(OFFICERS))));
            earliest(reports, LegalReport.Stage.FINAL).filter(d -> !d.isAfter(query.horizon(FINAL)))
                    .ifPresent(d -> items.add(new DueItem(FINAL, i.getId(), i.getId(), d, title, null,
                            List.of(OFFICERS))));
        }
        for (CorrectiveAction a : em.createQuery("SELECT a FROM CorrectiveAction a WHERE a.origin = :o "
                + "AND a.status = :open AND a.dueDate <= :h ORDER BY a.dueDate, a.id", CorrectiveAction.class)
                .setParameter("o", ActionOrigin.INCIDENT).setParameter("open", ActionStatus.OPEN)
                .setParameter("h", query.horizon(ACTION)).getResultList()) {
            Incident i = byId.get(a.getOriginId());
            String number = i == null ? "" : i.getIncidentNumber();
            List<String> to = new ArrayList<>();
            to.add(a.getOwnerKind() == CorrectiveAction.OwnerKind.STAFF ? Recipient.user(a.getOwnerUser())
                    : Recipient.contractor(a.getContractorId()));
            to.add(Recipient.user(a.getCreatedBy()));
            items.add(new DueItem(ACTION, a.getId(), a.getOriginId(), a.getDueDate(),
                    IncidentText.title(number, a.getTitle()), a.getContractorId(), to));
        }
        return items;
    }

    /** Who answers for an incident: the department's staff as far as known, and the security officers. */
    static List<String> responsible(Incident i) {
        List<String> to = new ArrayList<>();
        switch (i.getSubject()) {
            case CONTRACT, EXTERNAL_SERVICE -> {
                to.add(Recipient.role(Roles.PROCUREMENT));
                if (i.getContract() != null) {
                    to.add(Recipient.user(i.getContract().getCreatedBy()));
                }
            }
            case SNS_ACCOUNT -> {
                to.add(Recipient.user(i.getSnsAccount().getResponsibleUser()));
                to.add(Recipient.user(i.getSnsAccount().getDeputyUser()));
            }
            case CITY -> to.add(Recipient.user(i.getCreatedBy()));
        }
        to.add(OFFICERS);
        return to;
    }

    private static Optional<LocalDate> earliest(List<Incident.DueReport> reports, LegalReport.Stage stage) {
        return reports.stream().filter(r -> r.stage() == stage).map(Incident.DueReport::dueDate)
                .min(Comparator.naturalOrder());
    }
}
