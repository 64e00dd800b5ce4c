package jp.kochi.vrm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kochi.vrm.audit.ChangeMark;
import jp.kochi.vrm.due.DueAnswers;
import jp.kochi.vrm.due.DueCount;
import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.DueQuery;
import jp.kochi.vrm.due.DueScope;
import jp.kochi.vrm.due.DueWindow;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.ReminderSettings;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.FigureCache;

/**
 * The oversight dashboard's figures: what is overdue and what comes due within its lead time, per kind (all items for
 * security officers, auditors and administrators; the items a user answers for otherwise), and the register's
 * make-up: contractors by risk tier, live contracts by confidentiality level. The due items are counted in the
 * database and only the rows shown are read ({@link ReminderEngine#count}, {@link ReminderEngine#first}); every
 * figure is kept in the {@link FigureCache} until the next committed change ({@link ChangeMark}), so readers between
 * two changes are answered without asking the database again (the mark is one primary-key read).
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

    @Inject
    private FigureCache cache;

    /** What the due lists depend on besides the records. */
    private record DueKey(DueScope scope, int limit, LocalDate today, ReminderSettings settings) {
    }

    /** Overdue and coming-due counts of a kind. */
    public record KindCount(String kind, long overdue, long dueSoon) {
    }

    /**
     * What is due now, as the caller may see it: the first rows of each list (the earliest due first) and the
     * full counts, overall and per kind.
     */
    public record DueNow(List<DueRow> overdue, long overdueCount, List<DueRow> dueSoon, long dueSoonCount,
            List<KindCount> byKind) {
    }

    private boolean seesAll() {
        return caller.hasAny(Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN);
    }

    /**
     * What is due now, with at most {@code limit} rows per list: the sources count in the database and read only
     * the first rows of each kind, so the cost follows the rows shown, not the items due.
     */
    public DueNow dueNow(int limit) {
        LocalDate today = LocalDate.now(clock);
        ReminderSettings settings = setup.settings();
        List<String> roles = Roles.ALL.stream().filter(caller::has).toList();
        Set<String> markers = Set.copyOf(Recipient.markersOf(caller.name(), roles, null));
        boolean all = seesAll();
        DueScope scope = all ? DueScope.ALL : DueScope.of(markers);
        long mark = ChangeMark.current(em);
        return cache.get(new DueKey(scope, limit, today, settings), mark,
                () -> computeDueNow(new DueQuery(today, settings, 0, new DueAnswers(cache, mark)), scope, limit));
    }

    private DueNow computeDueNow(DueQuery query, DueScope scope, int limit) {
        LocalDate today = query.today();
        ReminderEngine engine = setup.engine();
        Map<DueKind, DueCount> counts = engine.count(em, query, scope);
        DueCount total = DueCount.NONE;
        List<KindCount> byKind = new ArrayList<>();
        for (Map.Entry<DueKind, DueCount> e : counts.entrySet()) {
            total = total.plus(e.getValue());
            byKind.add(new KindCount(e.getKey().code(), e.getValue().overdue(), e.getValue().dueSoon()));
        }
        return new DueNow(rows(engine.first(em, query, DueWindow.OVERDUE, scope, limit, counts), today),
                total.overdue(), rows(engine.first(em, query, DueWindow.DUE_SOON, scope, limit, counts), today),
                total.dueSoon(), List.copyOf(byKind));
    }

    private static List<DueRow> rows(List<DueItem> items, LocalDate today) {
        return items.stream().map(i -> new DueRow(i.kind().code(), i.title(), i.dueDate(),
                ChronoUnit.DAYS.between(today, i.dueDate()), i.kind().path(i.linkId(), false))).toList();
    }

    /** Contractors not ended, by risk tier ({@code NONE} for not yet tiered), in tier order. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Map<String, Long> contractorsByTier() {
        return cache.get("contractorsByTier", ChangeMark.current(em), this::countContractorsByTier);
    }

    private Map<String, Long> countContractorsByTier() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String tier : List.of("HIGH", "MEDIUM", "LOW", "NONE")) {
            result.put(tier, 0L);
        }
        for (Object row : em.createNativeQuery("SELECT COALESCE(risk_tier, 'NONE'), COUNT(*) FROM contractor "
                + "WHERE status <> 'ENDED' GROUP BY COALESCE(risk_tier, 'NONE')").getResultList()) {
            Object[] r = (Object[]) row;
            result.merge(r[0].toString(), ((Number) r[1]).longValue(), Long::sum);
        }
        return Collections.unmodifiableMap(result);
    }

    /** Contracts concluded or in progress, by confidentiality level, highest first. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Map<String, Long> contractsByLevel() {
        return cache.get("contractsByLevel", ChangeMark.current(em), this::countContractsByLevel);
    }

    private Map<String, Long> countContractsByLevel() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT l.code, (SELECT COUNT(*) FROM contract c WHERE c.confidentiality "
                + "= l.code AND c.status IN ('CONCLUDED', 'IN_PROGRESS')) FROM confidentiality_level l "
                + "ORDER BY l.rank DESC, l.code DESC").getResultList()) {
            Object[] r = (Object[]) row;
            result.put(r[0].toString(), ((Number) r[1]).longValue());
        }
        return Collections.unmodifiableMap(result);
    }
}
