package jp.kochi.vrm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;

/**
 * The oversight dashboard's figures: what is overdue and what comes due within its lead time, per kind (all items for
 * security officers, auditors and administrators; the items a user answers for otherwise), and the register's
 * make-up: contractors by risk tier, live contracts by confidentiality level.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN})
public class Oversight {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private ReminderSetup setup;

    @Inject
    private Clock clock;

    /** Overdue and coming-due counts of a kind. */
    public record KindCount(String kind, long overdue, long dueSoon) {
    }

    /** What is due now, as the caller may see it. */
    public record DueNow(List<DueRow> overdue, List<DueRow> dueSoon, List<KindCount> byKind) {
    }

    private boolean seesAll() {
        return caller.hasAny(Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN);
    }

    public DueNow dueNow() {
        LocalDate today = LocalDate.now(clock);
        ReminderSettings settings = setup.settings();
        List<String> roles = Roles.ALL.stream().filter(caller::has).toList();
        Set<String> markers = Set.copyOf(Recipient.markersOf(caller.name(), roles, null));
        boolean all = seesAll();
        List<DueRow> overdue = new ArrayList<>();
        List<DueRow> soon = new ArrayList<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (DueKind k : setup.kinds().values()) {
            counts.put(k.code(), new long[2]);
        }
        for (DueItem i : setup.engine().collect(em, new DueQuery(today, settings, 0))) {
            if (!all && i.recipients().stream().noneMatch(markers::contains)) {
                continue;
            }
            if (Threshold.reached(i.dueDate(), today, settings.leadDays(i.kind()), true, 1).isEmpty()) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, i.dueDate());
            DueRow row = new DueRow(i.kind().code(), i.title(), i.dueDate(), left, i.kind().path(i.linkId(), false));
            long[] c = counts.get(i.kind().code());
            if (left < 0) {
                overdue.add(row);
                c[0]++;
            } else {
                soon.add(row);
                c[1]++;
            }
        }
        overdue.sort(Comparator.comparing(DueRow::dueDate));
        soon.sort(Comparator.comparing(DueRow::dueDate));
        List<KindCount> byKind = counts.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new DueNow(overdue, soon, byKind);
    }

    /** Contractors not ended, by risk tier ({@code NONE} for not yet tiered), in tier order. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Map<String, Long> contractorsByTier() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String tier : List.of("HIGH", "MEDIUM", "LOW", "NONE")) {
            result.put(tier, 0L);
        }
        for (Object row : em.createNativeQuery("SELECT COALESCE(risk_tier, 'NONE'), COUNT(*) FROM contractor "
                + "WHERE status <> 'ENDED' GROUP BY COALESCE(risk_tier, 'NONE')").getResultList()) {
            Object[] r = (Object[]) row;
            result.merge(r[0].toString(), ((Number) r[1]).longValue(), Long::sum);
        }
        return result;
    }

    /** Contracts concluded or in progress, by confidentiality level, highest first. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Map<String, Long> contractsByLevel() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT l.code, (SELECT COUNT(*) FROM contract c WHERE c.confidentiality "
                + "= l.code AND c.status IN ('CONCLUDED', 'IN_PROGRESS')) FROM confidentiality_level l "
                + "ORDER BY l.rank DESC, l.code DESC").getResultList()) {
            Object[] r = (Object[]) row;
            result.put(r[0].toString(), ((Number) r[1]).longValue());
        }
        return result;
    }
}
