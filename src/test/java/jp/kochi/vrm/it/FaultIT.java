package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What breaks in production, done on purpose to the running stack: the portal killed in the middle of an upload,
 * Keycloak stopped, PostgreSQL restarted under load (the mail server stopped is {@link ReminderIT}). Afterwards
 * nothing committed is missing, no half-stored evidence is visible, and users were told what happened in
 * Japanese, without internals.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT {

    private static final Pattern LEAK = Pattern.compile("(?i)payara|glassfish|eclipselink|psqlexception|"
            + "sqlexception|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|caused by:");
    private static final String OWN_OPEN_OBLIGATION = "SELECT o.id FROM obligation o JOIN contract c ON "
            + "c.id = o.contract_id JOIN contractor k ON k.id = c.contractor_id WHERE k.name = '株式会社高知データサービス' "
            + "AND o.status IN ('OPEN', 'RETURNED') ORDER BY o.id";

    private static StackSettings stack;

    @BeforeAll
    static void stack() {
        stack = PortalStack.current();
    }

    /**
     * The contractor's upload is cut off by a SIGKILL of the portal after 8 of its 24 MiB: the portal restarts on
     * the same data, every table holds at least what it held, no submission or file was added for the upload, every
     * stored evidence file is complete and matches its recorded hash, and the obligation is still open to hand in.
     */
    @Test
    @Order(1)
    void theServerKilledDuringAnUploadLosesNothingAndLeavesNoPartialEvidence() throws Exception {
        long obligation = first(OWN_OPEN_OBLIGATION);
        Map<String, Long> before = rowCounts();
        long submissionsBefore = count("SELECT COUNT(*) FROM evidence_submission WHERE obligation_id = " + obligation);
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            browser.open("/portal/obligation.xhtml?id=" + obligation);
            @SuppressWarnings("unchecked")
            List<List<String>> fields = (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(new FormData(document.getElementById('submitForm')))"
                            + ".filter(e => typeof e[1] === 'string');");
            String action = browser.element(By.id("submitForm")).getDomAttribute("action");
            String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            URI portal = URI.create(stack.portalUrl());
            String boundary = "----vrmFault" + System.nanoTime();
            StringBuilder head = new StringBuilder();
            for (List<String> field : fields) {
                head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                        .append(field.get(0)).append("\"\r\n\r\n").append(field.get(1)).append("\r\n");
            }
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"submitForm:submit\""
                    + "\r\n\r\n提出する\r\n");
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"submitForm:files\"; "
                    + "filename=\"sakujo-shomei.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
            byte[] preamble = head.toString().getBytes(StandardCharsets.UTF_8);
            int fileBytes = 24 * 1024 * 1024;
            String tail = "\r\n--" + boundary + "--\r\n";
            long length = preamble.length + (long) fileBytes + tail.length();
            try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + action + " HTTP/1.1\r\nHost: " + portal.getHost() + ":" + portal.getPort()
                        + "\r\nCookie: " + cookie + "\r\nOrigin: " + portal.getScheme() + "://" + portal.getHost() + ":"
                        + portal.getPort() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                        + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(preamble);
                byte[] chunk = new byte[1024 * 1024];
                System.arraycopy(EvidenceUploadIT.PDF, 0, chunk, 0, EvidenceUploadIT.PDF.length);
                for (int i = 0; i < 8; i++) {
                    out.write(chunk);
                    out.flush();
                }
                Thread.sleep(300);
                PortalStack.killAndRestartPortal(() -> {
                    System.out.println("[FaultIT] portal killed after 8 MiB of a 24 MiB upload");
                });
            }
        }
        Map<String, Long> after = rowCounts();
        List<String> lost = new ArrayList<>();
        before.forEach((table, rows) -> {
            if (after.getOrDefault(table, 0L) < rows) {
                lost.add(table + ": " + rows + " before, " + after.get(table) + " after");
            }
        });
        assertEquals(List.of(), lost, "nothing committed is missing after the kill");
        for (String table : List.of("evidence_submission", "evidence_submission_file", "evidence_file")) {
            assertEquals(before.get(table), after.get(table), table + ": nothing half-uploaded was recorded");
        }
        assertEquals(submissionsBefore, count("SELECT COUNT(*) FROM evidence_submission WHERE obligation_id = "
                + obligation));
        assertEquals(List.of(), incompleteEvidence(), "every stored evidence file is whole and matches its hash");

        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            browser.open("/portal/obligation.xhtml?id=" + obligation);
            assertTrue(browser.driver().findElements(By.id("submitForm")).size() == 1,
                    "the obligation is still open for the contractor to hand in");
            browser.assertAccessible();
        }
    }

    /**
     * Keycloak stops: a signed-in officer works on, a visitor on the front page is told that signing in is not
     * possible now (instead of being sent to a server that does not answer); once Keycloak is back the notice goes
     * and signing in works.
     */
    @Test
    @Order(2)
    void withKeycloakStoppedSignedInUsersWorkOnAndVisitorsAreTold() throws Exception {
        try (Browser officer = new Browser(stack.portalUrl()); Browser visitor = new Browser(stack.portalUrl())) {
            officer.signIn("security-demo");
            PortalStack.withKeycloakStopped(() -> {
                officer.open("/staff/dashboard.xhtml");
                assertEquals("ダッシュボード", officer.heading(), "a signed-in session needs no Keycloak");
                officer.open("/staff/contractors/list.xhtml");
                assertFalse(officer.heading().isEmpty());
                String notice = awaitText(visitor, "/index.xhtml", "signInUnavailable", Duration.ofSeconds(30));
                assertTrue(notice.contains("シングルサインオン（Keycloak）に接続できないため、サインインできません"), notice);
                visitor.assertAccessible();
                visitor.screenshot(Path.of("target/screenshots/keycloak-down-front-page.png"));
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            do {
                Thread.sleep(1000);
                visitor.open("/index.xhtml");
            } while (!visitor.driver().findElements(By.id("signInUnavailable")).isEmpty() && System.nanoTime() < deadline);
            assertTrue(visitor.driver().findElements(By.id("signInUnavailable")).isEmpty(), "the notice goes");
            visitor.signIn("auditor-demo");
            assertTrue(visitor.currentUrl().contains("/staff/"), visitor.currentUrl());
        }
    }

    private static String awaitText(Browser browser, String page, String id, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            browser.open(page);
            if (!browser.driver().findElements(By.id(id)).isEmpty()) {
                return browser.text(id);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no #" + id + " on " + page + " within " + timeout);
            }
            Thread.sleep(1000);
        }
    }

    /**
     * PostgreSQL "restarts" (every connection cut, new ones refused for 8 s) while three users read the register and
     * one saves departments one after the other. Meanwhile a request either waits for a new connection or fails with
     * the portal's own error page, never with internals; within half a minute of the database's return every request
     * succeeds again; every department the user saw saved is there, once.
     */
    @Test
    @Order(3)
    void aDatabaseRestartUnderLoadLosesNothingAndUsersAreTold() throws Exception {
        TcpProxy database = PortalStack.databaseProxy();
        assumeTrue(database != null, "H2 runs inside the portal's process: its restart is the portal's (the test "
                + "above); with PostgreSQL (-Dit.db=postgresql, as in CI) the connection to the database is cut");
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> leaks = new CopyOnWriteArrayList<>();
        List<String> saved = new CopyOnWriteArrayList<>();
        List<String> tried = new CopyOnWriteArrayList<>();
        List<String> toldFailed = new CopyOnWriteArrayList<>();
        String prefix = "D" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        List<String> cookies = new ArrayList<>();
        for (String user : List.of("auditor-demo", "procurement-demo", "security-demo")) {
            try (Browser b = new Browser(stack.portalUrl())) {
                b.signIn(user);
                cookies.add("JSESSIONID=" + b.driver().manage().getCookieNamed("JSESSIONID").getValue());
            }
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String cookie : cookies) {
            load.add(pool.submit(() -> {
                while (running.get()) {
                    for (String page : List.of("/staff/contractors/list.xhtml", "/staff/dashboard.xhtml")) {
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + page))
                                    .header("Cookie", cookie).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            statuses.merge(r.statusCode(), 1, Integer::sum);
                            // Every user here may open both pages: a 403 would be the lost-groups defect of Payara
                            // issue 6145 the portal works around (identity.CallerContext), and fails the test.
                            if (r.statusCode() != 200 && (LEAK.matcher(r.body()).find() || r.statusCode() == 403
                                    || !r.body().contains("エラーが発生しました") && !r.body().contains("ただいま利用できません"))) {
                                leaks.add(page + " " + r.statusCode() + ": " + r.body().substring(0, Math.min(300,
                                        r.body().length())));
                            }
                        } catch (Exception e) {
                            statuses.merge(-1, 1, Integer::sum);
                        }
                    }
                }
                return null;
            }));
        }
        load.add(pool.submit(() -> {
            try (Browser admin = new Browser(stack.portalUrl())) {
                admin.signIn("admin-demo");
                DepartmentsScreen screen = new DepartmentsScreen(admin);
                for (int i = 0; running.get(); i++) {
                    String code = prefix + i;
                    tried.add(code);
                    try {
                        screen.create(code, "障害試験課" + i);
                        String page = admin.driver().getPageSource();
                        if (page.contains("エラーが発生しました")) {
                            toldFailed.add(code);
                            assertFalse(LEAK.matcher(page).find(), "error page without internals");
                        } else if (admin.text("departmentsForm:departments").contains(code)) {
                            saved.add(code);
                        }
                    } catch (RuntimeException e) {
                        toldFailed.add(code + " (" + e.getClass().getSimpleName() + ")");
                        admin.open("/staff/departments.xhtml");
                    }
                }
            }
            return null;
        }));
        Thread.sleep(6_000);
        int cut = database.cut();
        System.out.println("[FaultIT] database connections cut: " + cut + " sockets");
        Thread.sleep(8_000);
        database.restore();
        long restored = System.nanoTime();
        System.out.println("[FaultIT] database back");
        Thread.sleep(20_000);
        running.set(false);
        for (Future<?> f : load) {
            f.get();
        }
        pool.shutdown();

        // Within 30 s of the database's return everything answers again (pool connections validated and replaced).
        long deadline = restored + Duration.ofSeconds(30).toNanos();
        int last;
        do {
            last = http.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/staff/contractors/list.xhtml"))
                    .header("Cookie", cookies.get(0)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } while (last != 200 && System.nanoTime() < deadline && sleep(500));
        System.out.printf("[FaultIT] under load: answers by status %s; departments tried %d, shown saved %d, told "
                + "failed %d%n", new TreeMap<>(statuses), tried.size(), saved.size(), toldFailed.size());
        assertEquals(200, last, "the portal recovers once the database is back");
        assertEquals(List.of(), leaks, "failed requests get the portal's error page, without internals, and no allowed user a 403");
        // The portal's pooled connections went through the relay and were cut (requests in the window either
        // failed with the error page or waited for a new connection: both are acceptable).
        assertTrue(cut > 0, "the portal's database connections were cut");
        for (String code : saved) {
            assertEquals(1, count("SELECT COUNT(*) FROM department WHERE code = '" + code + "'"), code
                    + " was shown saved");
        }
        assertTrue(saved.size() > toldFailed.size() / 2, "work went on before and after the cut");
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    /** Row counts of every table of the portal's schema. */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = PortalStack.database(stack)) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if ("PUBLIC".equalsIgnoreCase(schema)) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM \"" + table + "\"");
                        ResultSet rs = st.executeQuery()) {
                    rs.next();
                    counts.put(table.toLowerCase(), rs.getLong(1));
                }
            }
        }
        assertTrue(counts.containsKey("evidence_file"), "tables found: " + counts.keySet());
        return counts;
    }

    /** Evidence files whose stored bytes are missing, short, or not what the recorded SHA-256 says. */
    private static List<String> incompleteEvidence() throws Exception {
        List<String> bad = new ArrayList<>();
        Path root = stack.dataDir().resolve("files/evidence");
        try (Connection c = PortalStack.database(stack);
                PreparedStatement st = c.prepareStatement("SELECT f.id, f.size_bytes, f.sha256, f.storage_key, "
                        + "x.content FROM evidence_file f LEFT JOIN evidence_content x ON x.evidence_id = f.id");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(4);
                byte[] bytes;
                if (key == null) {
                    bytes = rs.getBytes(5);
                } else {
                    Path file = root.resolve(key.substring(0, 2)).resolve(key);
                    bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                }
                if (bytes == null) {
                    bad.add(rs.getLong(1) + ": no content");
                } else if (bytes.length != rs.getLong(2)
                        || !HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                                .equalsIgnoreCase(rs.getString(3))) {
                    bad.add(rs.getLong(1) + ": content does not match its size or hash");
                }
            }
        }
        return bad;
    }

    private static long first(String sql) throws SQLException {
        try (Connection c = PortalStack.database(stack); PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), "no row for " + sql);
            return rs.getLong(1);
        }
    }

    private static long count(String sql) throws SQLException {
        return first(sql);
    }
}
