package jp.kochi.vrm.due;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;

/**
 * Where a capability declares its dated items, in one place: the kinds it has and a query for the items not yet
 * done whose due date is on or before the kind's horizon (overdue ones included). Implementations are CDI beans in
 * the capability's package; the reminder job finds them all. The queries run in the job's transaction and must be
 * cheap: they read an indexed date range, not the whole table.
 * <p>
 * The dashboard asks for less: per kind, how many items a reader sees overdue and coming due, and the first few of
 * each list. The defaults answer from {@link #due}, reading every item; a source with many items answers in the
 * database instead, with the same conditions as {@code due} and the reader's {@link DueScope}.
 */
public interface DueDateSource {

    /** The kinds this source reports. */
    List<DueKind> kinds();

    /** The items not yet done with a due date on or before {@code query.horizon(kind)}, for each of its kinds. */
    List<DueItem> due(EntityManager em, DueQuery query);

    /**
     * How many of the items {@link #due} reports of {@code kind} the reader sees, overdue and coming due. Equal to
     * counting those items; an implementation counts in the database.
     */
    default DueCount count(EntityManager em, DueQuery query, DueKind kind, DueScope scope) {
        long overdue = 0;
        long soon = 0;
        for (DueItem i : due(em, query)) {
            if (i.kind().equals(kind) && scope.sees(i.recipients())) {
                if (DueWindow.OVERDUE.contains(i.dueDate(), query.today())) {
                    overdue++;
                } else {
                    soon++;
                }
            }
        }
        return new DueCount(overdue, soon);
    }

    /**
     * The first {@code limit} of the items {@link #due} reports of {@code kind} in {@code window} that the reader
     * sees, the earliest due first; items due the same day in an order of the source's choosing, the same on every
     * call. An implementation reads only those rows.
     */
    default List<DueItem> first(EntityManager em, DueQuery query, DueKind kind, DueWindow window, DueScope scope,
            int limit) {
        return due(em, query).stream()
                .filter(i -> i.kind().equals(kind) && scope.sees(i.recipients())
                        && window.contains(i.dueDate(), query.today()))
                .sorted(Comparator.comparing(DueItem::dueDate).thenComparingLong(DueItem::subjectId))
                .limit(limit).toList();
    }
}
