package jp.kochi.vrm.due;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whose due items a reader sees: every item (security officers, auditors, administrators), or those whose
 * recipients include one of the reader's {@link Recipient} markers. A source asks it for the SQL condition that
 * says the same of a row, from the markers the source gives the row's items: fixed markers such as
 * {@code role:procurement}, and columns holding a user name or a contractor id.
 */
public final class DueScope {

    /** Every item. */
    public static final DueScope ALL = new DueScope(true, Set.of());

    private final boolean all;
    private final Set<String> markers;

    private DueScope(boolean all, Set<String> markers) {
        this.all = all;
        this.markers = markers;
    }

    /** The items whose recipients include one of {@code markers} (see {@link Recipient#markersOf}). */
    public static DueScope of(Collection<String> markers) {
        return new DueScope(false, Set.copyOf(markers));
    }

    public boolean all() {
        return all;
    }

    /** Whether the reader sees an item with these recipients. */
    public boolean sees(Collection<String> recipients) {
        return all || recipients.stream().anyMatch(markers::contains);
    }

    /** Whether the reader sees every item whose recipients include {@code fixed} (so no column needs reading). */
    public boolean seesEvery(Collection<String> fixed) {
        return all || fixed.stream().anyMatch(markers::contains);
    }

    /**
     * Adds to {@code sql} the condition that a row is seen, its items' recipients being {@code fixed} and the
     * values of {@code columns}, each written as the marker's prefix and the column, e.g. {@code "user:c.created_by"}
     * or {@code "contractor:c.contractor_id"}. Nothing is added when every row is seen. A user column matches the
     * reader's name as it is stored ({@link Recipient#user} strips the stored name; the portal stores names without
     * surrounding spaces, as the SNS account list also assumes), and a blank name matches nothing, as there.
     */
    public void restrict(DueSql sql, Collection<String> fixed, String... columns) {
        if (seesEvery(fixed)) {
            return;
        }
        StringBuilder or = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (String column : columns) {
            String prefix = column.substring(0, column.indexOf(':') + 1);
            String name = column.substring(prefix.length());
            for (String m : markers.stream().sorted().toList()) {
                if (!m.startsWith(prefix)) {
                    continue;
                }
                String value = m.substring(prefix.length());
                Object parameter = parameter(prefix, value);
                if (parameter != null) {
                    or.append(or.length() == 0 ? "" : " OR ").append(name).append(" = ?");
                    values.add(parameter);
                }
            }
        }
        sql.and(or.length() == 0 ? "1 = 0" : or.toString(), values.toArray());
    }

    private static Object parameter(String prefix, String value) {
        if (Recipient.USER.equals(prefix)) {
            // Recipient.user(stored) is "user:" + the stripped, non-blank name: only such a name can match.
            return value.isBlank() || !value.equals(value.strip()) ? null : value;
        }
        if (Recipient.CONTRACTOR.equals(prefix)) {
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        throw new IllegalArgumentException("not a column marker: " + prefix);
    }

    /** {@code restrict} with one fixed marker. */
    public void restrict(DueSql sql, String fixed, String... columns) {
        restrict(sql, List.of(fixed), columns);
    }

    /** Scopes are equal when they see the same items: both all, or the same markers. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DueScope d && all == d.all && markers.equals(d.markers);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + markers.hashCode();
    }

    @Override
    public String toString() {
        return all ? "all" : markers.toString();
    }
}
