package jp.kochi.vrm.due;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native query put together from parts, each {@code ?} in a part a parameter taking the next value given with it
 * (numbered {@code ?1, ?2 ...} in the text sent). For the due-date queries whose conditions depend on the reader.
 */
public final class DueSql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    public DueSql(String sql, Object... values) {
        append(sql, values);
    }

    /** Appends {@code sql} with the values of its parameters. */
    public DueSql append(String sql, Object... given) {
        int used = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '?') {
                values.add(given[used++]);
                text.append('?').append(values.size());
            } else {
                text.append(ch);
            }
        }
        if (used != given.length) {
            throw new IllegalArgumentException(given.length + " values for " + used + " parameters: " + sql);
        }
        return this;
    }

    /** Appends {@code AND (condition)}. */
    public DueSql and(String condition, Object... given) {
        return append(" AND (" + condition + ")", given);
    }

    public String text() {
        return text.toString();
    }

    public Query query(EntityManager em) {
        Query q = em.createNativeQuery(text.toString());
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        return q;
    }

    /**
     * The first {@code limit} rows (of a query ending in its ORDER BY), or the rows given for the same query before
     * in {@code q}'s answers (shared: read them, never change them). The limit is written into the query, not only
     * set on the JDBC statement (which EclipseLink does for native queries): the planner must know it to walk an
     * index in order and stop, instead of sorting every row.
     */
    public List<Object[]> rows(EntityManager em, DueQuery q, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return q.answers().get(key("rows " + limit), () -> {
            text.append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
            @SuppressWarnings("unchecked")
            List<Object[]> rows = (List<Object[]>) query(em).getResultList();
            return java.util.Collections.unmodifiableList(rows);
        });
    }

    /**
     * The two numbers of a {@code SELECT COUNT(...), COUNT(...)}: the overdue and the coming-due items (or the
     * numbers given for the same query before in {@code q}'s answers).
     */
    public DueCount counts(EntityManager em, DueQuery q) {
        return q.answers().get(key("counts"), () -> {
            Object[] r = (Object[]) query(em).getSingleResult();
            long overdue = r[0] == null ? 0 : ((Number) r[0]).longValue();
            long total = r[1] == null ? 0 : ((Number) r[1]).longValue();
            return new DueCount(overdue, total - overdue);
        });
    }

    /** What identifies this query's answer: what is asked, the text and the values. */
    private List<Object> key(String what) {
        return java.util.Arrays.asList(DueSql.class, what, text.toString(), new ArrayList<>(values));
    }
}
