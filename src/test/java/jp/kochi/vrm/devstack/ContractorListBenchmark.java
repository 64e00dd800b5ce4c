package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kochi.vrm.contractor.SearchKeys;
import jp.kochi.vrm.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The contractor list benchmark ({@code ./mvnw -Pbenchmark}, results in BENCHMARKS.md): server time of the
 * 委託事業者台帳 list request, filtered and sorted, with 1,000 and with 100,000 contractors. Target: 100,000
 * within 1.3x of 1,000.
 *
 * <p>Starts Keycloak and the portal once (own ports and a fresh database under {@code /tmp}, H2 opened with
 * {@code AUTO_SERVER=TRUE} so this process can insert over JDBC while the portal runs), seeds contractors with
 * JDBC batch inserts up to the first size, measures, tops up to the second size, measures again. A real
 * signed-in Chromium loads each list URL (filters as view parameters) and reads the browser's Navigation
 * Timing ({@code responseEnd - requestStart}: request sent to last byte received, which on localhost is the
 * server's time for the request); the ajax scenarios read the Resource Timing of the PrimeFaces XHR. After
 * measuring, each scenario runs a few more times with H2's query statistics on, to show which SQL the list
 * issued and how long the database took; at the largest size each of those statements is run once more
 * with {@code EXPLAIN ANALYZE}.
 *
 * <p>Settings (system properties): {@code vrm.port} 28080, {@code keycloak.port} 28180,
 * {@code keycloak.management-port} 29000, {@code hazelcast.port} 5980, {@code vrm.data}
 * /tmp/vrm-contractor-benchmark (its database, realm and logs are deleted at start; the unpacked Keycloak is
 * kept, {@code -Dreset} deletes that too), {@code benchmark.sizes} 1000,100000, {@code benchmark.warmup} 10,
 * {@code benchmark.runs} 30, {@code benchmark.initialWarmup} 30, {@code benchmark.h2ReuseResults} false (H2
 * answers a repeated identical query from its last result while the tables are unchanged; the benchmark turns
 * that off so that it times the queries, not that cache). The database gets a generated password so that no
 * other client changes it through AUTO_SERVER during the run; the report warns if its indexes changed anyway.
 */
public final class ContractorListBenchmark {

    private static final String COMMAND = "./mvnw -Pbenchmark";
    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    private static final String LIST = "/staff/contractors/list.xhtml";
    private static final String TABLE = "contractorsForm:contractors";
    /** The kana prefix of scenario c (土佐…: トサ). */
    private static final String KANA_PREFIX = "トサ";
    private static final String VALID_UNTIL_HEADER = "審査有効期限";

    private final StackSettings settings;
    private final int warmup;
    private final int runs;
    private final boolean reuseResults = Boolean.getBoolean("benchmark.h2ReuseResults");
    private final int initialWarmup = Integer.getInteger("benchmark.initialWarmup", 30);
    private List<String> schemaAtStart;
    private final LocalDate today = LocalDate.now(CITY);
    private ContractorSeeder seeder;
    private Connection db;
    private Browser browser;

    /** Per scenario: size -> measurement. */
    private final Map<Scenario, Map<Integer, Result>> results = new LinkedHashMap<>();
    /** The SQL statements seen in the query statistics, numbered in order of appearance. */
    private final Map<String, Integer> statementIds = new LinkedHashMap<>();
    private final StringBuilder diagnostics = new StringBuilder();

    private ContractorListBenchmark(StackSettings settings, int warmup, int runs) {
        this.settings = settings;
        this.warmup = warmup;
        this.runs = runs;
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    enum Kind { PAGE, AJAX_SORT, AJAX_PAGE, CONTROL }

    /** One list request. The ajax ones are two steps of one interaction on the unfiltered list. */
    enum Scenario {
        A("a", "no filter, default sort (kana)", Kind.PAGE, ""),
        B("b", "status=APPROVED, sorted by kana", Kind.PAGE, "status=APPROVED"),
        C("c", "q=" + KANA_PREFIX + " (kana prefix) + status=APPROVED, sorted by kana", Kind.PAGE,
                "q=" + URLEncoder.encode(KANA_PREFIX, StandardCharsets.UTF_8) + "&status=APPROVED"),
        D("d", "certification expiring within 90 days, sorted by kana", Kind.PAGE, "expiring=90"),
        F("f", "status=APPROVED&tier=HIGH, sorted by kana", Kind.PAGE, "status=APPROVED&tier=HIGH"),
        E1("e1", "ajax: sort by " + VALID_UNTIL_HEADER + " descending (page 1)", Kind.AJAX_SORT, ""),
        E2("e2", "ajax: then page 2 (sorted by " + VALID_UNTIL_HEADER + " descending)", Kind.AJAX_PAGE, ""),
        Z("z", "control: front page, reads no contractors", Kind.CONTROL, "");

        final String label;
        final String description;
        final Kind kind;
        final String query;

        Scenario(String label, String description, Kind kind, String query) {
            this.label = label;
            this.description = description;
            this.kind = kind;
            this.query = query;
        }

        String path() {
            return kind == Kind.CONTROL ? "/index.xhtml" : LIST + (query.isEmpty() ? "" : "?" + query);
        }
    }

    /** Times in milliseconds, and how many contractors matched. */
    record Result(double[] millis, long matching, long bodyBytes) {
        double median() {
            return percentile(0.5);
        }

        double p90() {
            return percentile(0.9);
        }

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            if (p == 0.5) {
                int n = sorted.length;
                return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    // ------------------------------------------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        Path dataDir = BenchmarkStack.dataDir("/tmp/vrm-contractor-benchmark");
        StackSettings s = BenchmarkStack.settings(dataDir, 28080, 28180, 29000, 5980, 28025);
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "1000,100000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        ContractorListBenchmark benchmark = new ContractorListBenchmark(s,
                Integer.getInteger("benchmark.warmup", 10), Integer.getInteger("benchmark.runs", 30));
        BenchmarkStack.run(s, PayaraServer.environment(s), portal -> benchmark.run(sizes), benchmark::closeClients);
    }

    private void closeClients() {
        if (browser != null) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                // already gone
            }
            browser = null;
        }
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // already gone
            }
            db = null;
        }
    }

    private void run(int[] sizes) throws Exception {
        // The portal opened the database first, so this connection goes over TCP to the portal's process.
        db = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        Object session = db.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        if (!(session instanceof org.h2.engine.SessionRemote)) {
            throw new IllegalStateException("The benchmark opened the H2 database itself instead of connecting to "
                    + "the portal's (AUTO_SERVER): " + session.getClass().getName());
        }
        System.out.println("[benchmark] JDBC connected to the portal's H2 database over TCP (AUTO_SERVER).");
        if (!reuseResults) {
            // H2 answers a query repeated with the same parameters on the same connection from its last result
            // while the tables are unchanged: the benchmark would time that cache, not the query. Any write to
            // the register, another filter, sort or page, or another pooled connection misses it.
            try (Statement st = db.createStatement()) {
                st.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
            }
            System.out.println("[benchmark] H2 result reuse switched off (SET OPTIMIZE_REUSE_RESULTS FALSE): every "
                    + "request runs its queries.");
        }
        browser = new Browser(settings.portalUrl());
        browser.signIn("procurement-demo");
        System.out.println("[benchmark] Chromium signed in as procurement-demo.");
        for (Scenario sc : Scenario.values()) {
            results.put(sc, new LinkedHashMap<>());
        }
        String loadStart = MachineInfo.loadAverage();
        schemaAtStart = indexes();
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            seed(size);
            if (i == 0) {
                // The JIT and the portal's caches see every scenario before anything is measured.
                System.out.printf("[benchmark] Warming up the portal (every scenario %d times) ...%n", initialWarmup);
                measure(initialWarmup, 0);
            }
            System.out.printf("[benchmark] Measuring with %,d contractors (warm-up %d, measured %d per scenario, "
                    + "scenarios taking turns; load average %s) ...%n", size, warmup, runs, MachineInfo.loadAverage());
            for (Map.Entry<Scenario, Result> m : measure(warmup, runs).entrySet()) {
                Result r = m.getValue();
                results.get(m.getKey()).put(size, r);
                System.out.printf("[benchmark]   %-3s %-72s matching %,7d  median %7.1f ms  p90 %7.1f ms%n",
                        m.getKey().label, m.getKey().description, r.matching(), r.median(), r.p90());
            }
            diagnose(size, i == sizes.length - 1);
        }
        printReport(sizes, loadStart);
    }

    /** The indexes of the register's tables, to notice a schema changed by someone else during the run. */
    private List<String> indexes() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME || '.' || INDEX_NAME "
                + "FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME IN ('CONTRACTOR', 'CERTIFICATION') ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    // --------------------------------------------------------------------------------------------------- seeding

    private void seed(int total) throws SQLException {
        if (seeder == null) {
            seeder = new ContractorSeeder(db, today);
        }
        seeder.seed(total);
    }

    // ------------------------------------------------------------------------------------------------- measuring

    private WebDriver driver() {
        return browser.driver();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /**
     * Runs every scenario {@code warm + measured} times, the scenarios taking turns (one request each per round)
     * so that a change in the machine's load hits them alike; returns the measured times. One ajax interaction
     * gives e1 and e2.
     */
    private Map<Scenario, Result> measure(int warm, int measured) {
        Map<Scenario, double[]> millis = new LinkedHashMap<>();
        Map<Scenario, Long> matching = new LinkedHashMap<>();
        Map<Scenario, Long> bytes = new LinkedHashMap<>();
        for (Scenario sc : Scenario.values()) {
            millis.put(sc, new double[measured]);
        }
        for (int i = 0; i < warm + measured; i++) {
            for (Scenario sc : Scenario.values()) {
                if (sc == Scenario.E2) {
                    continue; // with E1
                }
                boolean ajax = sc == Scenario.E1;
                double[] timing = ajax ? ajaxInteraction() : loadPage(sc.path());
                long total = sc.kind == Kind.CONTROL ? 0 : totalRecords();
                if (i >= warm) {
                    millis.get(sc)[i - warm] = timing[0];
                    bytes.put(sc, (long) timing[1]);
                    matching.put(sc, total);
                    if (ajax) {
                        millis.get(Scenario.E2)[i - warm] = timing[2];
                        bytes.put(Scenario.E2, (long) timing[3]);
                        matching.put(Scenario.E2, total);
                    }
                }
            }
        }
        Map<Scenario, Result> out = new LinkedHashMap<>();
        for (Scenario sc : Scenario.values()) {
            out.put(sc, new Result(millis.get(sc), matching.getOrDefault(sc, -1L), bytes.getOrDefault(sc, 0L)));
        }
        return out;
    }

    /** Loads a list URL; answers {request-to-last-byte ms, decoded body bytes} from Navigation Timing. */
    private double[] loadPage(String path) {
        driver().get(settings.portalUrl() + path);
        if (!driver().getCurrentUrl().contains(path.substring(0, path.indexOf(".xhtml")))) {
            System.out.println("[benchmark] Signed out (now at " + driver().getCurrentUrl() + "); signing in again.");
            browser.signIn("procurement-demo");
            driver().get(settings.portalUrl() + path);
        }
        browser.waitForAjax();
        if (!path.startsWith("/index.xhtml")) {
            requireTable();
        }
        @SuppressWarnings("unchecked")
        List<Object> t = (List<Object>) js("const e = performance.getEntriesByType('navigation')[0];"
                + "return e ? [e.requestStart, e.responseEnd, e.decodedBodySize, e.name] : null;");
        if (t == null || !String.valueOf(t.get(3)).contains(path.substring(0, path.indexOf(".xhtml")))) {
            throw new IllegalStateException("No navigation timing for " + path + ": " + t);
        }
        return new double[] {num(t.get(1)) - num(t.get(0)), num(t.get(2))};
    }

    /**
     * Loads the unfiltered list, sorts by 審査有効期限 (ascending, then descending: the second click is e1) and
     * goes to page 2 (e2). Answers {e1 ms, e1 bytes, e2 ms, e2 bytes}.
     */
    private double[] ajaxInteraction() {
        loadPage(LIST);
        By header = By.xpath("//*[@id='" + TABLE + "']//th[contains(@class,'ui-sortable-column')][.//*[normalize-space(.)='"
                + VALID_UNTIL_HEADER + "']]");
        browser.click(header);
        requireSort(header, "ascending");
        js("performance.clearResourceTimings();");
        browser.click(header);
        double[] sort = lastListXhr();
        requireSort(header, "descending");
        js("performance.clearResourceTimings();");
        browser.click(By.xpath("(//*[@id='" + TABLE + "']//*[contains(@class,'ui-paginator-page') and normalize-space(.)='2'])[1]"));
        double[] page = lastListXhr();
        String report = paginatorReport();
        if (!report.matches(".*\\b21\\D+40\\b.*")) {
            throw new IllegalStateException("Page 2 not shown after clicking it: " + report);
        }
        return new double[] {sort[0], sort[1], page[0], page[1]};
    }

    private double[] lastListXhr() {
        @SuppressWarnings("unchecked")
        List<List<Object>> entries = (List<List<Object>>) js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.indexOf('" + LIST + "') >= 0"
                + " && (e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'fetch'))"
                + ".map(e => [e.requestStart, e.responseEnd, e.decodedBodySize]);");
        if (entries == null || entries.size() != 1) {
            throw new IllegalStateException("Expected one ajax request to the list, found " + entries);
        }
        List<Object> e = entries.get(0);
        return new double[] {num(e.get(1)) - num(e.get(0)), num(e.get(2))};
    }

    private void requireSort(By header, String order) {
        String aria = browser.element(header).getAttribute("aria-sort");
        if (!order.equals(aria)) {
            throw new IllegalStateException("Column " + VALID_UNTIL_HEADER + " is not sorted " + order + " (aria-sort="
                    + aria + ")");
        }
    }

    private void requireTable() {
        if (driver().findElements(By.id(TABLE)).isEmpty()) {
            throw new IllegalStateException("The contractor table is missing at " + driver().getCurrentUrl() + ": "
                    + browser.heading());
        }
    }

    private String paginatorReport() {
        List<WebElement> report = driver().findElements(By.cssSelector("[id='" + TABLE + "'] .ui-paginator-current"));
        return report.isEmpty() ? "" : report.get(0).getText().strip();
    }

    /** The total in the paginator's "N 件中 a–b 件" (0 when the table is empty). */
    private long totalRecords() {
        Matcher m = Pattern.compile("^([\\d,]+)").matcher(paginatorReport());
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    // ----------------------------------------------------------------------------------------------- diagnostics

    /** One SQL statement the list issued, as recorded by H2's query statistics. */
    record Stat(String sql, long count, double avgMillis, double maxMillis, double avgRows) {
    }

    /**
     * Runs every scenario a few times with H2's query statistics on and keeps which statements it issued and
     * the database time per statement; at the last size also EXPLAIN ANALYZE of each statement.
     */
    private void diagnose(int size, boolean explain) throws SQLException {
        System.out.printf("[benchmark] Collecting H2 query statistics with %,d contractors ...%n", size);
        diagnostics.append(String.format("%n### Database time per statement, %,d contractors (H2 QUERY_STATISTICS, "
                + "5 requests per scenario)%n%n", size));
        diagnostics.append("| scenario | statement | executions | avg ms | max ms | avg rows |\n|---|---|---|---|---|---|\n");
        Map<Scenario, List<Stat>> byScenario = new LinkedHashMap<>();
        for (Scenario sc : Scenario.values()) {
            if (sc.kind == Kind.CONTROL) {
                continue;
            }
            // Only the measured request's statements: the ajax scenario's page load and first sort come before.
            Supplier<List<Stat>> collect = () -> {
                try {
                    return statistics();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            List<Stat> stats = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statisticsOn(false);
                if (sc.kind == Kind.PAGE) {
                    statisticsOn(true);
                    loadPage(sc.path());
                } else {
                    loadPage(LIST);
                    By header = By.xpath("//*[@id='" + TABLE + "']//th[contains(@class,'ui-sortable-column')]"
                            + "[.//*[normalize-space(.)='" + VALID_UNTIL_HEADER + "']]");
                    browser.click(header);
                    if (sc.kind == Kind.AJAX_SORT) {
                        statisticsOn(true);
                    }
                    browser.click(header);
                    if (sc.kind == Kind.AJAX_PAGE) {
                        statisticsOn(true);
                        browser.click(By.xpath("(//*[@id='" + TABLE + "']//*[contains(@class,'ui-paginator-page') and "
                                + "normalize-space(.)='2'])[1]"));
                    }
                }
                stats = merge(stats, collect.get());
            }
            statisticsOn(false);
            byScenario.put(sc, stats);
            for (Stat st : stats) {
                diagnostics.append(String.format(Locale.ROOT, "| %s | S%d | %d | %.2f | %.2f | %.0f |%n", sc.label,
                        statementId(st.sql()), st.count(), st.avgMillis(), st.maxMillis(), st.avgRows()));
            }
        }
        if (!explain) {
            return;
        }
        diagnostics.append(String.format("%n### Statements%n%n"));
        statementIds.forEach((sql, id) -> diagnostics.append("S").append(id).append(": `").append(sql).append("`\n\n"));
        diagnostics.append(String.format("### EXPLAIN ANALYZE with %,d contractors%n", size));
        for (Map.Entry<Scenario, List<Stat>> e : byScenario.entrySet()) {
            List<Long> pageIds = pageIds(e.getKey(), e.getValue());
            for (Stat st : e.getValue()) {
                List<Object> params = parameters(e.getKey(), st.sql(), pageIds);
                if (params == null) {
                    diagnostics.append(String.format("%n%s, S%d: parameters not known, not explained%n",
                            e.getKey().label, statementId(st.sql())));
                    continue;
                }
                diagnostics.append(String.format("%n%s, S%d (parameters %s):%n```%n%s%n```%n", e.getKey().label,
                        statementId(st.sql()), params, explainAnalyze(st.sql(), params)));
            }
        }
    }

    private void statisticsOn(boolean on) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("SET QUERY_STATISTICS " + (on ? "TRUE" : "FALSE")); // FALSE also clears them
        }
    }

    /** The contractor list's statements in the statistics (the benchmark's own and other queries left out). */
    private List<Stat> statistics() throws SQLException {
        List<Stat> out = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT, AVERAGE_EXECUTION_TIME, "
                        + "MAX_EXECUTION_TIME, AVERAGE_ROW_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rs.next()) {
                String sql = rs.getString(1);
                String upper = sql.toUpperCase(Locale.ROOT);
                if (upper.startsWith("SELECT ") && (upper.contains("CONTRACTOR") || upper.contains("CERTIFICATION"))
                        && !upper.contains("INFORMATION_SCHEMA")) {
                    out.add(new Stat(sql, rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
                }
            }
        }
        return out;
    }

    private static List<Stat> merge(List<Stat> a, List<Stat> b) {
        Map<String, Stat> m = new LinkedHashMap<>();
        for (Stat s : a) {
            m.put(s.sql(), s);
        }
        for (Stat s : b) {
            m.merge(s.sql(), s, (x, y) -> new Stat(x.sql(), x.count() + y.count(),
                    (x.avgMillis() * x.count() + y.avgMillis() * y.count()) / (x.count() + y.count()),
                    Math.max(x.maxMillis(), y.maxMillis()),
                    (x.avgRows() * x.count() + y.avgRows() * y.count()) / (x.count() + y.count())));
        }
        return new ArrayList<>(m.values());
    }

    private int statementId(String sql) {
        return statementIds.computeIfAbsent(sql, k -> statementIds.size() + 1);
    }

    /** The ids on the scenario's page, from its page statement run over JDBC (for the certification queries). */
    private List<Long> pageIds(Scenario sc, List<Stat> stats) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (Stat st : stats) {
            List<Object> params = st.sql().contains(" AS a1") && st.sql().contains(" LIMIT ")
                    ? parameters(sc, st.sql(), List.of()) : null;
            if (params != null) {
                try (PreparedStatement ps = db.prepareStatement(st.sql())) {
                    for (int i = 0; i < params.size(); i++) {
                        ps.setObject(i + 1, params.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                break;
            }
        }
        return ids;
    }

    /**
     * The parameter values of one of the list's statements in a scenario. EclipseLink may inline the values
     * as literals (then there are none) or bind them in the order ContractorQueries binds them, plus LIMIT
     * and OFFSET for the page query. The certification-dates queries take the ids of the page and today.
     */
    private List<Object> parameters(Scenario sc, String sql, List<Long> pageIds) {
        long marks = sql.chars().filter(c -> c == '?').count();
        if (marks == 0) {
            return List.of();
        }
        Matcher in = Pattern.compile(" IN \\(([?,]+)\\)").matcher(sql);
        if (in.find()) {
            int n = (int) in.group(1).chars().filter(c -> c == '?').count();
            if (pageIds.size() < n || marks - n > 1) {
                return null;
            }
            List<Object> params = new ArrayList<>(pageIds.subList(0, n));
            if (marks - n == 1) {
                params.add(today);
            }
            return params;
        }
        List<Object> where = new ArrayList<>();
        if (sc == Scenario.C) {
            where.add(KANA_PREFIX + "%"); // name key of the text
            where.add(KANA_PREFIX + "%"); // kana key of the text
        }
        if (sc == Scenario.B || sc == Scenario.C || sc == Scenario.F) {
            where.add("APPROVED");
        }
        if (sc == Scenario.F) {
            where.add("HIGH");
        }
        if (sc == Scenario.D) {
            where.add(today);
            where.add(today.plusDays(90));
        }
        if (marks == where.size()) {
            return where;
        }
        if (marks == where.size() + 2 && sql.contains(" LIMIT ")) {
            where.add(20);
            where.add(sc == Scenario.E2 ? 20 : 0);
            return where;
        }
        return null;
    }

    private String explainAnalyze(String sql, List<Object> params) {
        try (PreparedStatement ps = db.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            long t0 = System.nanoTime();
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1));
                }
            }
            return plan + String.format(Locale.ROOT, "%n-- %.1f ms over JDBC", (System.nanoTime() - t0) / 1e6);
        } catch (SQLException e) {
            return "EXPLAIN failed: " + e.getMessage();
        }
    }

    // ---------------------------------------------------------------------------------------------------- report

    private void printReport(int[] sizes, String loadStart) throws Exception {
        int small = sizes[0];
        int large = sizes[sizes.length - 1];
        StringBuilder md = new StringBuilder();
        md.append("## Contractor list: server time with ").append(String.format("%,d and %,d", small, large))
                .append(" contractors\n\n");
        md.append("Command: `").append(COMMAND).append("`. ").append(String.format("Warm-up %d, measured %d requests "
                + "per scenario and size, the scenarios taking turns (after a first warm-up of %d per scenario). ",
                warmup, runs, initialWarmup));
        md.append("Time = `responseEnd - requestStart` of the browser's Navigation Timing (page loads) or Resource "
                + "Timing (PrimeFaces ajax POST): request sent to last byte received on localhost, i.e. the server's "
                + "time for the request (JSF, JPA, H2) plus a negligible loopback transfer; the browser's own "
                + "rendering is not included. Signed-in Chromium (procurement-demo), 20 rows per page. "
                + (reuseResults ? "H2's result reuse left on (identical repeated queries may be answered from "
                        + "H2's last result). " : "H2's result reuse switched off (`SET OPTIMIZE_REUSE_RESULTS FALSE`), "
                        + "so every request runs its queries as it would after any change to the register or on "
                        + "another pooled connection; `-Dbenchmark.h2ReuseResults=true` leaves it on. ")
                + "Row z is a control that reads no contractors: its ratio shows how much the machine itself "
                + "changed between the two measurements.\n\n");
        md.append(machine()).append("\n\n");
        md.append(String.format("| scenario | matching %,d / %,d | %,d: median (p90) | %,d: median (p90) | ratio of "
                + "medians | ≤ 1.3 |%n", small, large, small, large));
        md.append("|---|---|---|---|---|---|\n");
        for (Map.Entry<Scenario, Map<Integer, Result>> e : results.entrySet()) {
            Result a = e.getValue().get(small);
            Result b = e.getValue().get(large);
            double ratio = b.median() / a.median();
            boolean control = e.getKey().kind == Kind.CONTROL;
            md.append(String.format(Locale.ROOT, "| %s: %s | %s | %.1f ms (%.1f) | %.1f ms (%.1f) | %.2f | %s |%n",
                    e.getKey().label, e.getKey().description,
                    control ? "–" : String.format("%,d / %,d", a.matching(), b.matching()), a.median(), a.p90(),
                    b.median(), b.p90(), ratio, control ? "(control)" : ratio <= 1.3 ? "yes" : "**no**"));
        }
        md.append("\nURLs: ");
        md.append(Arrays.stream(Scenario.values()).filter(sc -> sc.kind == Kind.PAGE || sc.kind == Kind.CONTROL)
                .map(sc -> sc.label + " `/vrm" + sc.path() + "`").collect(Collectors.joining(", ")));
        md.append("; e1/e2 on the unfiltered list: click the ").append(VALID_UNTIL_HEADER)
                .append(" header twice (the second click, descending, is e1), then page 2 (e2).\n");
        md.append("\nSeeded data: JDBC batch inserts (ids from 1,000,000), fixed random seed; names and kana from "
                + "Kochi place names, surnames and trades with the usual legal forms (株式会社 before or after, 有限会社, "
                + "合同会社, 一般社団法人, NPO, ~8% sole proprietors without 法人番号); keys by SearchKeys, 法人番号 with valid "
                + "check digits; status APPROVED 45%, CANDIDATE 23%, UNDER_REVIEW 10%, SUSPENDED 7%, ENDED 15%; tiers "
                + "and 審査有効期限 spread; ~30% with one or two certifications valid until today ±2 years. ANALYZE "
                + "after each seeding. The 10 demo contractors are part of the totals.\n");
        md.append(String.format("Load average at start %s, at end %s.%n", loadStart, MachineInfo.loadAverage()));
        List<String> schemaAtEnd = indexes();
        if (!schemaAtEnd.equals(schemaAtStart)) {
            md.append("\n**Warning: the register's indexes changed during the run** (from ").append(schemaAtStart)
                    .append(" to ").append(schemaAtEnd).append("): the results are not those of the portal's schema.\n");
        }
        md.append(diagnostics);

        String report = md.toString();
        Path file = settings.dataDir().resolve("contractor-list-benchmark.md");
        Files.writeString(file, report);
        System.out.println();
        System.out.println("=================== Markdown for BENCHMARKS.md (also in " + file + ") ===================");
        System.out.println(report);
        System.out.println("==========================================================================================");
    }

    private String machine() throws IOException {
        Object chromium = ((org.openqa.selenium.HasCapabilities) driver()).getCapabilities().getBrowserVersion();
        return String.format(Locale.ROOT, "Machine: %s; portal on Java %s (Payara Micro, "
                + "-Xmx512m -XX:+UseSerialGC), H2 %s file database (AUTO_SERVER), Chromium %s headless on the same "
                + "machine. %s.", MachineInfo.hardware(), System.getProperty("java.version"),
                org.h2.engine.Constants.VERSION, chromium, DateTimeFormatter.ISO_LOCAL_DATE.format(today));
    }
}
