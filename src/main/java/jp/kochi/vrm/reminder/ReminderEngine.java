package jp.kochi.vrm.reminder;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kochi.vrm.due.DueCount;
import jp.kochi.vrm.due.DueDateSource;
import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.DueQuery;
import jp.kochi.vrm.due.DueScope;
import jp.kochi.vrm.due.DueWindow;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.ReminderSettings;
import jp.kochi.vrm.due.Rows;
import jp.kochi.vrm.due.Threshold;
import jp.kochi.vrm.identity.Roles;

/**
 * One reminder run, in the caller's transaction: takes the job's lock, asks every {@link DueDateSource} for its
 * items, and writes each item's current {@link Threshold} once, with a notification for each responsible person
 * (and, for an overdue item of an escalating kind, for the security officers). Items no longer reported are marked
 * resolved. The lock makes a second run, here or on another server, wait and then find the first one's rows; the
 * unique constraints of V10 stand behind it; and the whole run commits or rolls back as one, so a run cut short
 * leaves nothing half written.
 */
public final class ReminderEngine {

    /** Rows per IN list when looking up items that were resolved before. */
    private static final int CHUNK = 500;

    private final List<DueDateSource> sources;
    private final Map<String, DueKind> kinds = new LinkedHashMap<>();
    private final Map<String, DueDateSource> sourceOf = new HashMap<>();

    public ReminderEngine(List<DueDateSource> sources) {
        this.sources = List.copyOf(sources);
        for (DueDateSource s : sources) {
            for (DueKind k : s.kinds()) {
                if (kinds.putIfAbsent(k.code(), k) != null) {
                    throw new IllegalStateException("two sources declare kind " + k.code());
                }
                sourceOf.put(k.code(), s);
            }
        }
    }

    /** What a run did. */
    public record RunResult(int itemsDue, int newItems, int newReminders, int newNotifications, int resolved) {
        public String summary() {
            return "due " + itemsDue + ", new items " + newItems + ", reminders " + newReminders + ", notifications "
                    + newNotifications + ", resolved " + resolved;
        }
    }

    public Map<String, DueKind> kinds() {
        return kinds;
    }

    /** Every item the sources report for {@code query}, in source order. */
    public List<DueItem> collect(EntityManager em, DueQuery query) {
        List<DueItem> items = new ArrayList<>();
        for (DueDateSource s : sources) {
            items.addAll(s.due(em, query));
        }
        return items;
    }

    /** Per kind, in kind order, how many items the reader sees overdue and coming due (counted by the sources). */
    public Map<DueKind, DueCount> count(EntityManager em, DueQuery query, DueScope scope) {
        Map<DueKind, DueCount> counts = new LinkedHashMap<>();
        for (DueKind k : kinds.values()) {
            counts.put(k, sourceOf.get(k.code()).count(em, query, k, scope));
        }
        return counts;
    }

    /**
     * The first {@code limit} items in {@code window} the reader sees, of every kind: the earliest due first, then
     * in kind order, then in each source's order. Reads at most {@code limit} items of each kind that has any
     * ({@code counts}, from {@link #count}), so the cost follows the rows shown, not the items due.
     */
    public List<DueItem> first(EntityManager em, DueQuery query, DueWindow window, DueScope scope, int limit,
            Map<DueKind, DueCount> counts) {
        record Ranked(DueItem item, int kind, int rank) {
        }
        List<Ranked> all = new ArrayList<>();
        int kindIndex = 0;
        for (DueKind k : kinds.values()) {
            DueCount c = counts.get(k);
            if (c != null && c.of(window) > 0 && limit > 0) {
                List<DueItem> items = sourceOf.get(k.code()).first(em, query, k, window, scope, limit);
                for (int i = 0; i < items.size(); i++) {
                    all.add(new Ranked(items.get(i), kindIndex, i));
                }
            }
            kindIndex++;
        }
        all.sort(Comparator.comparing((Ranked r) -> r.item().dueDate()).thenComparingInt(Ranked::kind)
                .thenComparingInt(Ranked::rank));
        return all.stream().limit(limit).map(Ranked::item).toList();
    }

    /** Takes the job's lock for the rest of the caller's transaction (waiting for another holder). */
    public static JobLock lock(EntityManager em) {
        JobLock lock = em.find(JobLock.class, JobLock.REMINDERS, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            throw new IllegalStateException("job_lock row '" + JobLock.REMINDERS + "' is missing (migration V10)");
        }
        return lock;
    }

    public RunResult run(EntityManager em, LocalDate today, OffsetDateTime now, ReminderSettings settings) {
        return run(em, today, now, settings, null);
    }

    /**
     * A run over some kinds only ({@code only}; {@code null} for all): an item that must be notified at once (an
     * incident's first report) is, without sending the day's other reminders early. Records of other kinds are left as
     * they are, and the job's last run stays the last full one.
     */
    public RunResult run(EntityManager em, LocalDate today, OffsetDateTime now, ReminderSettings settings,
            Set<String> only) {
        JobLock lock = lock(em);
        List<DueItem> items = new ArrayList<>();
        for (DueDateSource s : sources) {
            if (only == null || s.kinds().stream().anyMatch(k -> only.contains(k.code()))) {
                items.addAll(s.due(em, new DueQuery(today, settings, 0)));
            }
        }
        if (only != null) {
            items.removeIf(i -> !only.contains(i.kind().code()));
        }
        String ofKinds = only == null ? "" : " AND d.kind IN :only";

        Map<String, DueRecord> open = new HashMap<>();
        var openQuery = em.createQuery("SELECT d FROM DueRecord d WHERE d.resolvedAt IS NULL" + ofKinds,
                DueRecord.class);
        if (only != null) {
            openQuery.setParameter("only", List.copyOf(only));
        }
        for (DueRecord r : openQuery.getResultList()) {
            open.put(identity(r.getItemKey(), r.getDueDate()), r);
        }
        Set<String> reached = new HashSet<>();
        var reachedQuery = em.createQuery("SELECT r.dueItemId, r.threshold FROM Reminder r, DueRecord d "
                + "WHERE r.dueItemId = d.id AND d.resolvedAt IS NULL" + ofKinds, Object[].class);
        if (only != null) {
            reachedQuery.setParameter("only", List.copyOf(only));
        }
        for (Object[] row : reachedQuery.getResultList()) {
            reached.add(row[0] + "#" + row[1]);
        }

        // The items reaching a threshold now, and those seen before but resolved meanwhile (e.g. evidence sent back).
        Map<String, DueItem> current = new LinkedHashMap<>();
        Map<String, Threshold> thresholds = new HashMap<>();
        for (DueItem item : items) {
            Optional<Threshold> t = Threshold.reached(item.dueDate(), today, settings.leadDays(item.kind()),
                    item.kind().repeatsWhileOverdue(), settings.overdueEveryDays());
            if (t.isPresent()) {
                String id = identity(item.key(), item.dueDate());
                current.put(id, item);
                thresholds.put(id, t.get());
            }
        }
        reopen(em, current, open, reached);

        // Written in three passes, each flushed, because the rows refer to each other only by id (no mapped
        // relationship tells EclipseLink the order): items, then their reminders, then the notifications.
        int newItems = 0;
        List<Object[]> reachedNow = new ArrayList<>();
        for (Map.Entry<String, DueItem> e : current.entrySet()) {
            DueItem item = e.getValue();
            Threshold t = thresholds.get(e.getKey());
            DueRecord record = open.get(e.getKey());
            if (record == null) {
                record = new DueRecord(item, t, now);
                em.persist(record);
                newItems++;
            } else if (reached.contains(record.getId() + "#" + t.key())) {
                continue;
            } else {
                record.reached(t, item.title());
            }
            reachedNow.add(new Object[] {record, item, t});
        }
        em.flush();
        List<Reminder> reminders = new ArrayList<>();
        for (Object[] r : reachedNow) {
            DueItem item = (DueItem) r[1];
            int left = (int) java.time.temporal.ChronoUnit.DAYS.between(today, item.dueDate());
            Reminder reminder = new Reminder(((DueRecord) r[0]).getId(), (Threshold) r[2], left, now);
            em.persist(reminder);
            reminders.add(reminder);
        }
        em.flush();
        int newNotifications = 0;
        String officers = Recipient.role(Roles.SECURITY_OFFICER);
        for (int i = 0; i < reminders.size(); i++) {
            DueItem item = (DueItem) reachedNow.get(i)[1];
            Threshold t = (Threshold) reachedNow.get(i)[2];
            Reminder reminder = reminders.get(i);
            for (String to : item.recipients()) {
                em.persist(new Notification(reminder.getId(), to, false, now));
                newNotifications++;
            }
            if (t.overdue() && item.kind().escalates() && !item.recipients().contains(officers)) {
                em.persist(new Notification(reminder.getId(), officers, true, now));
                newNotifications++;
            }
        }
        int newReminders = reminders.size();

        int resolved = 0;
        for (Map.Entry<String, DueRecord> e : open.entrySet()) {
            if (!current.containsKey(e.getKey())) {
                e.getValue().resolve(now);
                resolved++;
            }
        }
        // Every item still open was seen today: one statement, not a row update each (the report tells late from on
        // time by it). New records carry today already; the managed ones write only the fields they changed.
        em.flush();
        var seen = em.createQuery("UPDATE DueRecord d SET d.lastSeenOn = :today WHERE d.resolvedAt IS NULL "
                + "AND d.lastSeenOn < :today" + ofKinds).setParameter("today", today);
        if (only != null) {
            seen.setParameter("only", List.copyOf(only));
        }
        seen.executeUpdate();
        RunResult result = new RunResult(current.size(), newItems, newReminders, newNotifications, resolved);
        if (only == null) {
            lock.ran(today, now, result.summary());
        }
        return result;
    }

    /** Due items recorded before and resolved since, due again now: open again, with the thresholds they had. */
    private static void reopen(EntityManager em, Map<String, DueItem> current, Map<String, DueRecord> open,
            Set<String> reached) {
        List<String> unknownKeys = current.entrySet().stream().filter(e -> !open.containsKey(e.getKey()))
                .map(e -> e.getValue().key()).distinct().toList();
        for (int from = 0; from < unknownKeys.size(); from += CHUNK) {
            List<String> chunk = unknownKeys.subList(from, Math.min(unknownKeys.size(), from + CHUNK));
            for (DueRecord r : em.createQuery("SELECT d FROM DueRecord d WHERE d.resolvedAt IS NOT NULL "
                    + "AND d.itemKey IN :keys", DueRecord.class).setParameter("keys", chunk).getResultList()) {
                String id = identity(r.getItemKey(), r.getDueDate());
                if (current.containsKey(id)) {
                    r.resolve(null);
                    open.put(id, r);
                    for (String t : em.createQuery("SELECT r.threshold FROM Reminder r WHERE r.dueItemId = :id",
                            String.class).setParameter("id", r.getId()).getResultList()) {
                        reached.add(r.getId() + "#" + t);
                    }
                }
            }
        }
    }

    private static String identity(String key, LocalDate due) {
        return key + "@" + due;
    }
}
