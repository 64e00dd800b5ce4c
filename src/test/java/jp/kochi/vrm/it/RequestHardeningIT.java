package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What every response carries and what no response gives away, over real HTTP: the security headers on pages,
 * resources, REST, downloads, redirects and error pages; the session cookie's attributes, also behind an HTTPS
 * reverse proxy; error answers without a server name, version or stack trace, also for requests that never reach
 * the portal's pages; and state-changing form posts refused from another origin or without the Faces view state.
 */
@ExtendWith(PortalStack.class)
class RequestHardeningIT {

    /**
     * Product names (with a version, for the Faces implementation, whose script functions every page calls) and
     * stack trace lines an error answer must not show.
     */
    private static final Pattern LEAK = Pattern.compile("(?i)payara|glassfish|grizzly|mojarra[ /]\\d|eclipselink|weld-"
            + "|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|caused by:|\\.java:\\d+|stack ?trace");
    /** HTTP/1.1, as browsers and the reverse proxy speak to the portal. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static StackSettings stack;

    @BeforeAll
    static void stack() {
        stack = PortalStack.current();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        Map<String, HttpResponse<byte[]>> responses = new LinkedHashMap<>();
        for (String path : List.of("/index.xhtml", "/public/sns.xhtml", "/api/status", "/api/public/sns/accounts.json",
                "/api/public/sns/accounts.csv", "/staff/home.xhtml", "/public/no-such-page.xhtml", "/error/500.xhtml",
                staticResource())) {
            responses.put("anonymous " + path, get(stack.portalUrl() + path, Map.of()));
        }
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("procurement-demo");
            responses.put("procurement /staff/contractors/list.xhtml",
                    browser.fetch(stack.portalUrl() + "/staff/contractors/list.xhtml"));
            responses.put("procurement evidence download", browser.fetch(stack.portalUrl() + "/files/"
                    + first("SELECT evidence_file_id FROM evidence_submission_file ORDER BY evidence_file_id")));
            responses.put("procurement refused /portal/home.xhtml",
                    browser.fetch(stack.portalUrl() + "/portal/home.xhtml"));
        }
        // The sign-in redirect is sent by the server's OpenID Connect mechanism before any filter of the portal
        // runs: it carries only the address of Keycloak (and the server's short redirect note), nothing to frame.
        HttpResponse<byte[]> signIn = responses.remove("anonymous /staff/home.xhtml");
        assertEquals(302, signIn.statusCode());
        String note = new String(signIn.body(), StandardCharsets.UTF_8);
        assertFalse(LEAK.matcher(note).find(), note);
        assertTrue(signIn.headers().firstValue("Location").orElse("").startsWith(stack.realmUrl()));
        assertTrue(signIn.headers().firstValue("Server").isEmpty());
        List<String> failures = new ArrayList<>();
        responses.forEach((what, response) -> {
            HttpHeaders h = response.headers();
            String csp = h.firstValue("Content-Security-Policy").orElse("");
            check(failures, what, csp.contains("frame-ancestors 'none'"), "CSP with frame-ancestors 'none': " + csp);
            check(failures, what, csp.contains("default-src 'self'"), "CSP default-src 'self'");
            check(failures, what, csp.contains("object-src 'none'"), "CSP object-src 'none'");
            check(failures, what, h.firstValue("X-Content-Type-Options").orElse("").equals("nosniff"), "nosniff");
            check(failures, what, h.firstValue("X-Frame-Options").orElse("").equals("DENY"), "X-Frame-Options DENY");
            check(failures, what, h.firstValue("Referrer-Policy").orElse("").equals("strict-origin-when-cross-origin"),
                    "Referrer-Policy");
            check(failures, what, h.firstValue("Server").isEmpty(), "no Server header: " + h.firstValue("Server"));
            check(failures, what, h.firstValue("X-Powered-By").isEmpty(), "no X-Powered-By header");
        });
        System.out.printf("[RequestHardeningIT] security headers checked on %d kinds of response%n", responses.size());
        assertEquals(List.of(), failures);
        assertEquals(403, responses.get("procurement refused /portal/home.xhtml").statusCode());
    }

    /** A style sheet the front page links to, served by the same server. */
    private static String staticResource() throws Exception {
        String page = new String(get(stack.portalUrl() + "/index.xhtml", Map.of()).body(), StandardCharsets.UTF_8);
        var m = Pattern.compile("href=\"/vrm(/jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\"").matcher(page);
        assertTrue(m.find(), "the front page links a style sheet");
        return m.group(1).replace("&amp;", "&");
    }

    /**
     * The listener speaks HTTP/1.1 only. A client may ask a plain-HTTP server to upgrade to HTTP/2 (h2c; the JDK's
     * HTTP client does by default): Payara's HTTP/2 code accepted and then deadlocked two request threads on each other
     * (both blocked in Grizzly's {@code Http2Session} / {@code DefaultOutputSink}, thread dump in BENCHMARKS.md), and
     * with one request thread per core that was the whole portal, for good. The reverse proxy and browsers speak
     * HTTP/1.1 to the portal, so HTTP/2 is off on the listener (pre-boot file): an upgrade request gets a plain
     * HTTP/1.1 answer, complete, and the connection is closed after it. (Grizzly leaves the Content-Type out of such
     * an answer when it is larger than the response buffer, eclipse-ee4j/glassfish-grizzly issue 2192; README.)
     */
    @Test
    void cleartextHttp2UpgradeIsDeclinedAndCannotStallThePortal() throws Exception {
        String[] paths = {"/api/status", "/public/sns.xhtml", "/resources/css/portal.css"};
        Map<String, byte[]> plain = new LinkedHashMap<>();
        for (String path : paths) {
            HttpResponse<byte[]> r = get(stack.portalUrl() + path, Map.of());
            assertEquals(200, r.statusCode(), path);
            plain.put(path, r.body());
        }
        HttpClient upgrading = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            answers.add(upgrading.sendAsync(HttpRequest.newBuilder(URI.create(stack.portalUrl() + paths[i % 3]))
                    .timeout(java.time.Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (var answer : answers) {
            HttpResponse<byte[]> r = answer.get();
            String path = r.uri().getPath().substring(r.uri().getPath().indexOf('/', 1));
            assertEquals(HttpClient.Version.HTTP_1_1, r.version(), "upgrade to h2c declined: " + path);
            assertEquals(200, r.statusCode(), path);
            if (!path.equals("/public/sns.xhtml")) { // the page carries a fresh view state each time
                assertArrayEquals(plain.get(path), r.body(), "the whole answer arrives: " + path);
            }
        }
        HttpResponse<byte[]> after = get(stack.portalUrl() + "/api/status", Map.of());
        assertEquals(200, after.statusCode(), "the portal still answers after the upgrade requests");
    }

    @Test
    void errorAnswersNameNoServerVersionOrStackTrace() throws Exception {
        String portal = stack.portalUrl();
        Map<String, HttpResponse<byte[]>> answers = new LinkedHashMap<>();
        answers.put("unknown page", get(portal + "/public/no-such-page.xhtml", Map.of()));
        answers.put("page outside the named areas", get(portal + "/no-such-area.xhtml", Map.of()));
        answers.put("path outside the portal", get(stack.serverUrl() + "/no-such-application", Map.of()));
        answers.put("server root", get(stack.serverUrl() + "/", Map.of()));
        answers.put("undefined method", send(portal + "/index.xhtml", "FOOBAR", null, Map.of()));
        answers.put("TRACE", send(portal + "/index.xhtml", "TRACE", null, Map.of()));
        answers.put("PUT on a page", send(portal + "/index.xhtml", "PUT", "x=1", Map.of()));
        answers.put("malformed escape", raw("GET /vrm/%zz HTTP/1.1"));
        answers.put("header without a colon", raw("GET /vrm/index.xhtml HTTP/1.1\r\nBroken header"));
        answers.put("path traversal", get(portal + "/public/..%2f..%2fWEB-INF/web.xml", Map.of()));
        answers.put("WEB-INF", get(portal + "/WEB-INF/web.xml", Map.of()));
        answers.put("forged view state", send(portal + "/index.xhtml", "POST",
                "jakarta.faces.ViewState=-1234%3A5678", Map.of("Content-Type", "application/x-www-form-urlencoded")));
        answers.put("unknown REST path", get(portal + "/api/no-such-endpoint", Map.of()));
        answers.put("REST with a bad parameter", get(portal + "/api/public/sns/verify?address=%00%01", Map.of()));
        answers.put("public file of an unknown calendar", get(portal + "/api/calendar/x.ics", Map.of()));
        try (Browser browser = new Browser(portal)) {
            browser.signIn("procurement-demo");
            answers.put("non-numeric record id", browser.fetch(portal + "/staff/contractors/view.xhtml?id=abc"));
            answers.put("huge record id", browser.fetch(portal + "/staff/contracts/view.xhtml?id=99999999999999999999999"));
            answers.put("non-numeric download id", browser.fetch(portal + "/files/abc"));
            answers.put("refused page", browser.fetch(portal + "/staff/audit/log.xhtml"));
        }
        List<String> failures = new ArrayList<>();
        answers.forEach((what, response) -> {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            var leak = LEAK.matcher(body);
            if (leak.find()) {
                failures.add(what + " (" + response.statusCode() + ") shows '" + leak.group() + "'");
            }
            if (response.statusCode() >= 500) {
                failures.add(what + " answered " + response.statusCode());
            }
            response.headers().firstValue("Server").ifPresent(v -> failures.add(what + ": Server header " + v));
            response.headers().firstValue("X-Powered-By").ifPresent(v -> failures.add(what + ": X-Powered-By " + v));
        });
        System.out.printf("[RequestHardeningIT] %d error cases checked for leaks%n", answers.size());
        assertEquals(List.of(), failures);
        assertEquals(404, answers.get("unknown page").statusCode());
        assertTrue(new String(answers.get("unknown page").body(), StandardCharsets.UTF_8).contains("ページが見つかりません"));
        assertEquals(400, answers.get("forged view state").statusCode());
        assertTrue(new String(answers.get("forged view state").body(), StandardCharsets.UTF_8)
                .contains("id=\"error-text\""), "a forged view state gets the portal's own page");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
        String plain = sessionCookie(get(stack.portalUrl() + "/staff/home.xhtml", Map.of()));
        assertTrue(plain.contains("HttpOnly"), plain);
        // Attribute names and the value Lax are case-insensitive (RFC 6265bis 5.6); Payara writes "SameSite=lax".
        assertEquals(List.of("lax"), sameSite(plain), "one SameSite attribute, Lax: " + plain);
        assertFalse(plain.contains("Secure"), "over plain HTTP (development) the cookie cannot be Secure: " + plain);
        // A TLS-terminating reverse proxy says so with X-Forwarded-Proto (src/main/server: scheme-mapping).
        String proxied = sessionCookie(get(stack.portalUrl() + "/staff/home.xhtml", Map.of("X-Forwarded-Proto", "https")));
        assertTrue(proxied.contains("Secure"), proxied);
        assertTrue(proxied.contains("HttpOnly"), proxied);
        assertEquals(List.of("lax"), sameSite(proxied), proxied);
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("auditor-demo");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(session.isHttpOnly(), "the signed-in session cookie is HttpOnly");
            assertEquals("Lax", session.getSameSite());
            assertEquals("/vrm", session.getPath());
        }
    }

    /** The values of every SameSite attribute of a Set-Cookie header, lower case. */
    static List<String> sameSite(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::strip)
                .filter(a -> a.toLowerCase(Locale.ROOT).startsWith("samesite="))
                .map(a -> a.substring("samesite=".length()).strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static String sessionCookie(HttpResponse<byte[]> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    /**
     * The department form, filled in the browser, posted by a program with the browser's session: from another
     * origin (refused with 403, nothing saved), without the view state (the page is only shown again, nothing
     * saved), and then as the browser would (saved: the two refusals were not for another reason).
     */
    @Test
    void stateChangingPostsFromAnotherOriginOrWithoutViewStateChangeNothing() throws Exception {
        String code = "X" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("admin-demo");
            browser.open("/staff/departments.xhtml");
            browser.click(By.id("departmentsForm:newDepartment"));
            browser.element(By.id("departmentDialogForm:code")).sendKeys(code);
            browser.element(By.id("departmentDialogForm:name")).sendKeys("越境送信テスト課");
            String form = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return new URLSearchParams(new FormData(document.getElementById('departmentDialogForm')))"
                            + ".toString();");
            assertTrue(form.contains("jakarta.faces.ViewState="), form);
            String action = stack.serverUrl() + browser.element(By.id("departmentDialogForm")).getDomAttribute("action");
            String save = "&departmentDialogForm%3Asave=departmentDialogForm%3Asave";
            String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            HttpResponse<byte[]> crossSite = send(action, "POST", form + save, Map.of("Cookie", cookie,
                    "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example"));
            assertEquals(403, crossSite.statusCode());
            assertTrue(new String(crossSite.body(), StandardCharsets.UTF_8).contains("アクセスできません"));
            HttpResponse<byte[]> nullOrigin = send(action, "POST", form + save, Map.of("Cookie", cookie,
                    "Content-Type", "application/x-www-form-urlencoded", "Origin", "null"));
            assertEquals(403, nullOrigin.statusCode());
            HttpResponse<byte[]> crossSiteReferer = send(action, "POST", form + save, Map.of("Cookie", cookie,
                    "Content-Type", "application/x-www-form-urlencoded", "Referer", "https://evil.example/page.html"));
            assertEquals(403, crossSiteReferer.statusCode());
            assertEquals(0, departments(code), "nothing saved from another origin");

            String withoutViewState = form.replaceAll("(^|&)jakarta\\.faces\\.ViewState=[^&]*", "");
            HttpResponse<byte[]> stateless = send(action, "POST", withoutViewState + save, Map.of("Cookie", cookie,
                    "Content-Type", "application/x-www-form-urlencoded", "Origin", origin()));
            assertTrue(stateless.statusCode() < 500, "answered " + stateless.statusCode());
            assertEquals(0, departments(code), "nothing saved without the view state");

            HttpResponse<byte[]> sameOrigin = send(action, "POST", form + save, Map.of("Cookie", cookie,
                    "Content-Type", "application/x-www-form-urlencoded", "Origin", origin()));
            assertTrue(sameOrigin.statusCode() < 400, "answered " + sameOrigin.statusCode());
            assertEquals(1, departments(code), "the same post from the portal itself is saved");
        }
    }

    private static String origin() {
        URI u = URI.create(stack.portalUrl());
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    private static long departments(String code) throws SQLException {
        try (Connection c = PortalStack.database(stack);
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM department WHERE code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void check(List<String> failures, String what, boolean ok, String expectation) {
        if (!ok) {
            failures.add(what + ": " + expectation);
        }
    }

    private static HttpResponse<byte[]> get(String url, Map<String, String> headers) throws Exception {
        return send(url, "GET", null, headers);
    }

    private static HttpResponse<byte[]> send(String url, String method, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request the HTTP client would refuse to send, written to the socket as it is; its status and body. */
    private static HttpResponse<byte[]> raw(String requestHead) throws Exception {
        URI u = URI.create(stack.portalUrl());
        try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write((requestHead + "\r\nHost: " + u.getHost() + ":" + u.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.split(" ", 3)[1]);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String body = split < 0 ? "" : answer.substring(split + 4);
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
            return new RawResponse(status, HttpHeaders.of(headers, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The parts of an HTTP answer this test reads, for answers read from a socket. */
    private record RawResponse(int statusCode, HttpHeaders headers, byte[] body) implements HttpResponse<byte[]> {
        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create(stack.portalUrl());
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private static long first(String sql) throws SQLException {
        try (Connection c = PortalStack.database(stack); PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), "no row for " + sql);
            return rs.getLong(1);
        }
    }
}
