package jp.kochi.vrm.reminder;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Where a capability declares its dated items, in one place: the kinds it has and a query for the items not yet
 * done whose due date is on or before the kind's horizon (overdue ones included). Implementations are CDI beans in
 * the capability's package; the reminder job finds them all. The queries run in the job's transaction and must be
 * cheap: they read an indexed date range, not the whole table.
 */
public interface DueDateSource {

    /** The kinds this source reports. */
    List<DueKind> kinds();

    /** The items not yet done with a due date on or before {@code query.horizon(kind)}, for each of its kinds. */
    List<DueItem> due(EntityManager em, DueQuery query);
}
