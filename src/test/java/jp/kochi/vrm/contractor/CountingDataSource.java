package jp.kochi.vrm.contractor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A {@link DataSource} seen through {@link Proxy}s that record, for every statement executed, its SQL, the
 * parameters bound to it and how many rows the caller read from its result set ({@code ResultSet.next()}
 * answering {@code true}). Cursor jumps ({@code absolute}, {@code relative}, {@code last} …), by which a
 * caller could skip rows without reading them one by one, are recorded too. Tests call {@link #reset()},
 * run the code under test, then read {@link #executions()}.
 */
final class CountingDataSource {

    /** One execution of a statement. */
    static final class Execution {

        private final String sql;
        private final Map<Integer, Object> parameters;
        private int rowsFetched;
        private final List<String> cursorJumps = new CopyOnWriteArrayList<>();
        private volatile Integer maxRows;

        Execution(String sql, Map<Integer, Object> parameters, Integer maxRows) {
            this.sql = sql;
            this.parameters = parameters;
            this.maxRows = maxRows;
        }

        String sql() {
            return sql;
        }

        /** Bound parameters by position, as passed to the {@code setXxx} methods. */
        Map<Integer, Object> parameters() {
            return parameters;
        }

        synchronized int rowsFetched() {
            return rowsFetched;
        }

        List<String> cursorJumps() {
            return List.copyOf(cursorJumps);
        }

        /** {@code Statement.setMaxRows} in force when executed, if the caller set one. */
        Integer maxRows() {
            return maxRows;
        }

        private synchronized void rowFetched() {
            rowsFetched++;
        }

        @Override
        public String toString() {
            return "[" + rowsFetched() + " rows" + (cursorJumps.isEmpty() ? "" : ", jumps " + cursorJumps)
                    + (maxRows == null ? "" : ", maxRows " + maxRows) + "] " + sql + " " + parameters;
        }
    }

    private static final Set<String> CURSOR_JUMPS = Set.of("absolute", "relative", "previous", "first", "last",
            "afterLast", "beforeFirst", "moveToInsertRow");

    private final DataSource target;
    private final DataSource proxy;
    private final List<Execution> executions = new CopyOnWriteArrayList<>();

    CountingDataSource(DataSource target) {
        this.target = target;
        this.proxy = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (p, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    /** The data source to give to the code under test. */
    DataSource dataSource() {
        return proxy;
    }

    /** The data source without counting, for the test's own checks. */
    DataSource target() {
        return target;
    }

    /** Forgets what was recorded so far. */
    void reset() {
        executions.clear();
    }

    /** Every statement executed since the last {@link #reset()}, in order. */
    List<Execution> executions() {
        return List.copyOf(executions);
    }

    private Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (p, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (result instanceof Statement s && method.getReturnType().isInterface()
                            && Statement.class.isAssignableFrom(method.getReturnType())) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                        return statement(s, method.getReturnType(), sql);
                    }
                    return result;
                });
    }

    private Object statement(Statement statement, Class<?> type, String preparedSql) {
        StatementHandler handler = new StatementHandler(statement, preparedSql);
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private ResultSet resultSet(ResultSet resultSet, Execution execution) {
        return (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResultSet.class},
                (p, method, args) -> {
                    if (CURSOR_JUMPS.contains(method.getName())) {
                        execution.cursorJumps.add(method.getName() + (args == null ? "" : List.of(args)));
                    }
                    Object result = invoke(resultSet, method, args);
                    if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                        execution.rowFetched();
                    }
                    return result;
                });
    }

    private final class StatementHandler implements InvocationHandler {

        private final Statement statement;
        private final String preparedSql;
        private final Map<Integer, Object> parameters = new TreeMap<>();
        private Integer maxRows;
        private Execution last;

        StatementHandler(Statement statement, String preparedSql) {
            this.statement = statement;
            this.preparedSql = preparedSql;
        }

        @Override
        public synchronized Object invoke(Object p, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.equals("setMaxRows") || name.equals("setLargeMaxRows")) {
                maxRows = ((Number) args[0]).intValue();
            } else if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                last = new Execution(sql, new TreeMap<>(parameters), maxRows);
                executions.add(last);
            }
            Object result = CountingDataSource.invoke(statement, method, args);
            if (result instanceof ResultSet rs && last != null) {
                return resultSet(rs, last);
            }
            return result;
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The executions whose SQL mentions this text (case-insensitive). */
    static List<Execution> mentioning(List<Execution> executions, String text) {
        List<Execution> found = new ArrayList<>();
        for (Execution e : executions) {
            if (e.sql() != null && e.sql().toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT))) {
                found.add(e);
            }
        }
        return found;
    }
}
