package jp.kochi.vrm.devstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch insert that sends many rows per statement ({@code INSERT … VALUES (…), (…), …}), with the setters of a
 * {@link PreparedStatement} for one row at a time. Over H2's TCP connection (AUTO_SERVER) a JDBC batch still costs a
 * round trip per row, which on a busy machine fell to about 130 rows a second; one statement per
 * {@value #ROWS_PER_STATEMENT} rows does not.
 */
final class MultiRowInsert implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 250;

    private final Connection db;
    private final String prefix;
    private final String tuple;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();
    private Object[] row;
    private PreparedStatement full;

    /** {@code sql}: {@code INSERT INTO t (…) VALUES (?, ?, 0)}; the tuple after VALUES is repeated per row. */
    MultiRowInsert(Connection db, String sql) {
        this.db = db;
        int values = sql.toUpperCase(java.util.Locale.ROOT).lastIndexOf("VALUES");
        this.prefix = sql.substring(0, values + "VALUES".length()) + " ";
        this.tuple = sql.substring(values + "VALUES".length()).strip();
        this.columns = (int) tuple.chars().filter(c -> c == '?').count();
        this.row = new Object[columns];
    }

    void setObject(int index, Object value) {
        row[index - 1] = value;
    }

    void setLong(int index, long value) {
        setObject(index, value);
    }

    void setInt(int index, int value) {
        setObject(index, value);
    }

    void setBoolean(int index, boolean value) {
        setObject(index, value);
    }

    void setString(int index, String value) {
        setObject(index, value);
    }

    void setNull(int index, int sqlType) {
        setObject(index, null);
    }

    /** Ends the current row (kept until {@link #executeBatch}, so that parents can be sent before their children). */
    void addBatch() {
        rows.add(row);
        row = new Object[columns];
    }

    /** Sends the rows added so far, {@value #ROWS_PER_STATEMENT} to a statement. */
    void executeBatch() throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            send(chunk);
        }
        rows.clear();
    }

    private void send(List<Object[]> chunk) throws SQLException {
        boolean partial = chunk.size() < ROWS_PER_STATEMENT;
        if (!partial && full == null) {
            full = db.prepareStatement(statement(ROWS_PER_STATEMENT));
        }
        PreparedStatement ps = partial ? db.prepareStatement(statement(chunk.size())) : full;
        try {
            int i = 1;
            for (Object[] r : chunk) {
                for (Object v : r) {
                    ps.setObject(i++, v);
                }
            }
            ps.executeUpdate();
        } finally {
            if (partial) {
                ps.close();
            }
        }
    }

    private String statement(int n) {
        String[] tuples = new String[n];
        Arrays.fill(tuples, tuple);
        return prefix + String.join(", ", tuples);
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
