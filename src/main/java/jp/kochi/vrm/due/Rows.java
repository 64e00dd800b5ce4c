package jp.kochi.vrm.due;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reading the columns of native query rows the same way on H2 and PostgreSQL. */
public final class Rows {

    private Rows() {
    }

    public static long id(Object value) {
        return ((Number) value).longValue();
    }

    public static Long idOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }

    /** The date in {@code zone} of a TIMESTAMP WITH TIME ZONE column. */
    public static LocalDate dateIn(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof java.time.Instant i) {
            return i.atZone(zone).toLocalDate();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Ids per IN list in {@link #byIds}. */
    static final int CHUNK = 500;

    /**
     * Runs {@code sql} (with {@code :ids} standing for the IN list) for the ids, in chunks, and indexes the rows by
     * their first column. Due-date queries read the date index alone and fetch the rest this way, by primary key:
     * joined in one query, the planner may start from the other table and read all of it.
     */
    public static java.util.Map<Long, Object[]> byIds(jakarta.persistence.EntityManager em, String sql,
            java.util.Collection<Long> ids) {
        java.util.Map<Long, Object[]> rows = new java.util.HashMap<>();
        java.util.List<Long> all = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            java.util.List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                in.append(i == 0 ? "" : ", ").append(chunk.get(i).longValue());
            }
            for (Object row : em.createNativeQuery(sql.replace(":ids", in.toString())).getResultList()) {
                Object[] r = (Object[]) row;
                rows.put(id(r[0]), r);
            }
        }
        return rows;
    }

    /** Joins the non-blank parts with a space. */
    public static String title(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(p.strip());
            }
        }
        return b.toString();
    }
}
