package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.kochi.vrm.devstack.StackSettings;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.shell.RestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The routes that are not Faces pages (downloads and REST endpoints) x every role, by HTTP with each demo user's
 * session; and every route that takes a record id, with its tenancy: for routes whose records belong to a tenant
 * (a contractor, an SNS account's owners), another tenant's record is answered exactly like a record that does not
 * exist. Routes are found in the application's classes, so a new REST endpoint, servlet or id-taking page without
 * an expectation here fails the suite. Faces pages x roles are {@link RolePageMatrixIT}.
 */
@ExtendWith(PortalStack.class)
class RouteMatrixIT {

    private static final String ANONYMOUS = RolePageMatrixIT.ANONYMOUS;
    private static final long MISSING = 987_654_321L;
    private static final List<String> EVERYONE = Stream.concat(Stream.of(ANONYMOUS), Roles.ALL.stream()).toList();
    private static final List<String> CONTRACTOR_REGISTER =
            List.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN);

    /** REST endpoints (below the context root) and who may use them: all of them are public on purpose. */
    static final Map<String, List<String>> EXPECTED_REST = Map.of(
            "/api/status", EVERYONE,
            "/api/public/sns/verify", EVERYONE,
            "/api/public/sns/accounts.json", EVERYONE,
            "/api/public/sns/accounts.csv", EVERYONE,
            // The secret in the address is the credential; an unknown one is 404 for everybody.
            "/api/calendar/{token}.ics", EVERYONE);

    /** Who owns the records a route takes an id of. */
    enum Tenancy {
        /** A contractor's own records: other contractors get "missing". */
        CONTRACTOR,
        /** An SNS account's responsible person and deputy: other SNS owners get "missing". */
        SNS_OWNERS,
        /** A register every role allowed on the route reads in full (the role check is the whole rule). */
        SHARED_REGISTER,
        /** The id is an unguessable secret issued to one user; there is no other id to try. */
        SECRET
    }

    /** Every route taking a record id (page parameter or path segment) and the tenancy of its records. */
    static final Map<String, Tenancy> ID_ROUTES = new LinkedHashMap<>();

    static {
        ID_ROUTES.put("/portal/obligation.xhtml", Tenancy.CONTRACTOR);
        ID_ROUTES.put("/portal/files/*", Tenancy.CONTRACTOR);
        ID_ROUTES.put("/portal/incident.xhtml", Tenancy.CONTRACTOR);
        ID_ROUTES.put("/portal/incident-files/*", Tenancy.CONTRACTOR);
        // Every staff role reads every incident until departments own their records (issue 26).
        ID_ROUTES.put("/staff/incidents/view.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/incidents/files/*", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/sns/view.xhtml", Tenancy.SNS_OWNERS);
        ID_ROUTES.put("/staff/sns/guideline.xhtml", Tenancy.SNS_OWNERS);
        ID_ROUTES.put("/staff/sns/procedure.xhtml", Tenancy.SNS_OWNERS);
        ID_ROUTES.put("/staff/contractors/view.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/contractors/vetting.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/contracts/view.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/contracts/obligation.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/clauses/view.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/services/view.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/staff/services/request.xhtml", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/files/*", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/annex/*", Tenancy.SHARED_REGISTER);
        ID_ROUTES.put("/api/calendar/{token}.ics", Tenancy.SECRET);
    }

    private static StackSettings stack;

    @BeforeAll
    static void stack() {
        stack = PortalStack.current();
    }

    /** Every REST endpoint the portal's JAX-RS application declares, as a path below the context root. */
    static Set<String> discoveredRestRoutes() {
        String base = RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Set<String> routes = new TreeSet<>();
        for (Class<?> resource : new RestApplication().getClasses()) {
            String root = join(base, resource.getAnnotation(Path.class).value());
            for (Method m : resource.getDeclaredMethods()) {
                Path sub = m.getAnnotation(Path.class);
                boolean endpoint = Stream.of(m.getAnnotations()).anyMatch(a ->
                        a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                if (endpoint) {
                    routes.add(sub == null ? root : join(root, sub.value()));
                }
            }
        }
        return routes;
    }

    private static String join(String a, String b) {
        return ("/" + a + "/" + b).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    @Test
    void everyRestEndpointHasAnExpectation() {
        assertEquals(discoveredRestRoutes(), new TreeSet<>(EXPECTED_REST.keySet()),
                "REST endpoints and expectations differ: add the endpoint to RouteMatrixIT.EXPECTED_REST");
    }

    @Test
    void everyRouteTakingARecordIdHasATenancy() throws Exception {
        Set<String> idRoutes = new TreeSet<>();
        RolePageMatrixIT.EXPECTED.keySet().stream().filter(p -> p.contains("?")).map(p -> p.replaceAll("\\?.*", ""))
                .forEach(idRoutes::add);
        RolePageMatrixIT.discoveredServletRoutes().stream().filter(r -> r.endsWith("/*")).forEach(idRoutes::add);
        discoveredRestRoutes().stream().filter(r -> r.contains("{")).forEach(idRoutes::add);
        assertEquals(idRoutes, new TreeSet<>(ID_ROUTES.keySet()),
                "Routes taking a record id and their tenancy differ: add the route to RouteMatrixIT.ID_ROUTES");
    }

    /** A concrete request for each download and REST route, with the demo data's records. */
    private static Map<String, String> samples() throws SQLException {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("/files/*", "/files/" + first("SELECT f.evidence_file_id FROM evidence_submission_file f "
                + "ORDER BY f.evidence_file_id"));
        samples.put("/annex/*", "/annex/" + first("SELECT contract_id FROM annex_version ORDER BY id"));
        samples.put("/portal/files/*", "/portal/files/" + first(DATA_SERVICE_FILE));
        samples.put("/portal/incident-files/*", "/portal/incident-files/" + first(DATA_SERVICE_INCIDENT_FILE));
        samples.put("/staff/incidents/files/*", "/staff/incidents/files/" + first(DATA_SERVICE_INCIDENT_FILE));
        samples.put("/api/status", "/api/status");
        samples.put("/api/public/sns/verify", "/api/public/sns/verify?address=%40kochi_city");
        samples.put("/api/public/sns/accounts.json", "/api/public/sns/accounts.json");
        samples.put("/api/public/sns/accounts.csv", "/api/public/sns/accounts.csv");
        samples.put("/api/calendar/{token}.ics", "/api/calendar/" + "0".repeat(43) + ".ics");
        return samples;
    }

    /** What each role gets: the route's own answer, or its refusal. */
    private static String expected(String route, String role) {
        if ("/api/calendar/{token}.ics".equals(route)) {
            return "404";
        }
        List<String> allowed = EXPECTED_REST.containsKey(route) ? EXPECTED_REST.get(route)
                : RolePageMatrixIT.EXPECTED_ROUTES.get(route);
        if (allowed.contains(role)) {
            return "200";
        }
        return ANONYMOUS.equals(role) ? "sign-in" : "403";
    }

    @Test
    void everyDownloadAndRestRouteAnswersEachRoleAsExpected() throws Exception {
        Map<String, String> samples = samples();
        Set<String> covered = new TreeSet<>(samples.keySet());
        Set<String> routes = new TreeSet<>(EXPECTED_REST.keySet());
        RolePageMatrixIT.EXPECTED_ROUTES.keySet().stream().filter(r -> r.endsWith("/*")).forEach(routes::add);
        assertEquals(routes, covered, "every download and REST route needs a sample request");

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String role : EVERYONE) {
            Browser browser = ANONYMOUS.equals(role) ? null : new Browser(stack.portalUrl());
            try {
                if (browser != null) {
                    browser.signIn(RolePageMatrixIT.DEMO_USER.get(role));
                }
                for (Map.Entry<String, String> sample : samples.entrySet()) {
                    String url = stack.portalUrl() + sample.getValue();
                    HttpResponse<byte[]> response = browser == null ? anonymous(url) : browser.fetch(url);
                    String got = outcome(response);
                    String want = expected(sample.getKey(), role);
                    checked++;
                    if (!want.equals(got)) {
                        failures.add(role + " " + sample.getValue() + ": expected " + want + " but got " + got);
                    }
                }
            } finally {
                if (browser != null) {
                    browser.close();
                }
            }
        }
        System.out.printf("[RouteMatrixIT] %d download and REST requests checked (%d routes x %d roles incl. "
                + "anonymous)%n", checked, samples.size(), EVERYONE.size());
        assertEquals(List.of(), failures);
    }

    /**
     * What Payara itself serves beside the portal (metrics, OpenAPI, health, its root and administration paths) is not
     * there for the public: every such address answers 404 on the portal's port, with or without a portal session, for
     * every method tried; only the switched-off metrics endpoint answers 403, without any figure (Payara Micro registers it before
     * the post-boot settings can move it). Health answers only on the management listener (loopback).
     */
    @Test
    void payarasOwnAddressesAnswerNotFoundOnThePortalsPort() throws Exception {
        List<String> addresses = List.of("/metrics", "/metrics/base", "/metrics/application", "/openapi",
                "/openapi/ui", "/health", "/health/ready", "/health/live", "/health/started", "/", "/asadmin",
                "/__asadmin", "/management/domain", "/vrm/../metrics", "/METRICS", "/metrics;x=1", "/%6detrics");
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("admin-demo");
            for (String address : addresses) {
                String url = stack.serverUrl() + address;
                boolean metrics = address.toLowerCase(java.util.Locale.ROOT).replace("%6d", "m").contains("/metrics");
                for (HttpResponse<byte[]> response : List.of(anonymous(url), browser.fetch(url))) {
                    String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                    boolean emptyRefusal = metrics && response.statusCode() == 403 && !body.contains("TYPE")
                            && !body.contains("base_") && !body.contains("{");
                    if (response.statusCode() != 404 && !emptyRefusal) {
                        failures.add(address + " answered " + response.statusCode() + " with " + response.body().length
                                + " bytes");
                    }
                }
                HttpResponse<byte[]> post = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                        .send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("x"))
                                .build(), HttpResponse.BodyHandlers.ofByteArray());
                if (post.statusCode() != 404 && post.statusCode() != 405) {
                    failures.add("POST " + address + " answered " + post.statusCode());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(200, anonymous(stack.managementUrl() + "/health/ready").statusCode(),
                "health answers on the management listener");
        assertEquals(404, anonymous(stack.managementUrl() + "/vrm/index.xhtml").statusCode(),
                "the portal itself is not on the management listener");
    }

    /**
     * Every page and route in the unusual spellings that reached Faces un-normalised and were judged by another area's
     * rule ({@code identity.CanonicalAddress}): each answers 404 like a missing page, for the anonymous visitor (not
     * the sign-in redirect) and for a signed-in user, never the page and never a server error. All spellings of every
     * address anonymously and as procurement (who may not read the audit log); the audit log's spellings as every
     * other role. The server may refuse a spelling itself before the portal sees it (403 from its deny-by-default
     * constraint, 400 for an encoded separator); those are counted apart, and none may be the page or a server error.
     */
    @Test
    void everyPageAndRouteInAnUnusualSpellingIsAnsweredAsMissing() throws Exception {
        List<String> addresses = new ArrayList<>(RolePageMatrixIT.EXPECTED.keySet());
        addresses.addAll(samples().values());
        addresses.add("/signin");
        addresses.add("/callback");
        String auditLog = "/staff/audit/log.xhtml";
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String role : List.of(ANONYMOUS, Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER,
                Roles.CONTRACTOR, Roles.AUDITOR, Roles.ADMIN)) {
            Browser browser = ANONYMOUS.equals(role) ? null : new Browser(stack.portalUrl());
            try {
                if (browser != null) {
                    browser.signIn(RolePageMatrixIT.DEMO_USER.get(role));
                }
                boolean everyAddress = ANONYMOUS.equals(role) || Roles.PROCUREMENT.equals(role);
                for (String address : everyAddress ? addresses : List.of(auditLog)) {
                    for (String spelling : unusualSpellings(address)) {
                        String url = stack.serverUrl() + spelling;
                        HttpResponse<byte[]> response = browser == null ? anonymous(url) : browser.fetch(url);
                        int status = response.statusCode();
                        boolean encoded = spelling.contains("%2F") || spelling.contains("%2e");
                        statuses.merge(status + (encoded ? " (encoded)" : ""), 1, Integer::sum);
                        checked++;
                        // 403: the server's own deny-by-default constraint (*.xhtml) refuses some spellings before
                        // the portal sees them (run of 2026-12-07: //, /./ and /x/../ after the context root).
                        if (status != 404 && status != 403 && !(encoded && status == 400)) {
                            failures.add(role + " " + spelling + ": " + outcome(response));
                        }
                    }
                }
                if (browser != null) {
                    // The refusals are for the spelling: the plain address still answers this user.
                    String plain = Roles.CONTRACTOR.equals(role) ? "/portal/home.xhtml" : "/staff/home.xhtml";
                    assertEquals(200, browser.fetch(stack.portalUrl() + plain).statusCode(), role + " " + plain);
                }
            } finally {
                if (browser != null) {
                    browser.close();
                }
            }
        }
        System.out.printf("[RouteMatrixIT] %d unusual spellings of %d pages and routes requested (all as anonymous "
                + "and procurement, the audit log's as 5 more roles): %s%n", checked, addresses.size(), statuses);
        assertEquals(List.of(), failures);
        // The finding's two addresses: the portal's 404 page, or the server's deny-by-default 403 page before it.
        for (HttpResponse<byte[]> missing : List.of(anonymous(stack.portalUrl() + "/staff//audit/log.xhtml"),
                anonymous(stack.portalUrl() + "/./staff/audit/log.xhtml"))) {
            String body = new String(missing.body(), StandardCharsets.UTF_8);
            assertTrue(missing.statusCode() == 404 && body.contains("ページが見つかりません")
                    || missing.statusCode() == 403 && body.contains(RolePageMatrixIT.REFUSED_HEADING),
                    missing.statusCode() + ": " + missing.uri());
        }
    }

    /**
     * {@code address} (below the context root, maybe with a query) spelled with {@code //} after the context root and
     * inside the path, {@code /./}, {@code /x/../}, {@code ;x=1} on the last segment, {@code %2F} for its last slash
     * and {@code %2e} for a dot; each as a path from the server root.
     */
    static List<String> unusualSpellings(String address) {
        int q = address.indexOf('?');
        String path = q < 0 ? address : address.substring(0, q);
        String query = q < 0 ? "" : address.substring(q);
        String context = StackSettings.CONTEXT_ROOT;
        int lastSlash = path.lastIndexOf('/');
        int lastDot = path.lastIndexOf('.');
        java.util.Set<String> spellings = new java.util.LinkedHashSet<>();
        spellings.add(context + "/" + path + query);
        spellings.add(context + path.substring(0, lastSlash) + "//" + path.substring(lastSlash + 1) + query);
        spellings.add(context + "/." + path + query);
        spellings.add(context + "/x/.." + path + query);
        spellings.add(context + path + ";x=1" + query);
        spellings.add(context + path.substring(0, lastSlash) + "%2F" + path.substring(lastSlash + 1) + query);
        spellings.add(context + (lastDot > lastSlash ? path.substring(0, lastDot) + "%2e" + path.substring(lastDot + 1)
                : "/%2e" + path) + query);
        return List.copyOf(spellings);
    }

    private static String outcome(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 302 || status == 303) {
            String location = response.headers().firstValue("Location").orElse("");
            return location.startsWith(stack.realmUrl()) ? "sign-in" : "redirect to " + location;
        }
        return Integer.toString(status);
    }

    private static HttpResponse<byte[]> anonymous(String url) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** How to attack a tenant's route: as whom, at which address, with which other tenant's record. */
    record Probe(String user, String address, String foreignRecord) {
    }

    private static final String DATA_SERVICE_OBLIGATION = "SELECT o.id FROM obligation o "
            + "JOIN contract c ON c.id = o.contract_id JOIN contractor k ON k.id = c.contractor_id "
            + "WHERE k.name = '株式会社高知データサービス' ORDER BY o.id";
    private static final String DATA_SERVICE_FILE = "SELECT f.evidence_file_id FROM evidence_submission_file f "
            + "JOIN evidence_submission s ON s.id = f.submission_id JOIN obligation o ON o.id = s.obligation_id "
            + "JOIN contract c ON c.id = o.contract_id JOIN contractor k ON k.id = c.contractor_id "
            + "WHERE k.name = '株式会社高知データサービス' ORDER BY f.evidence_file_id";
    private static final String DATA_SERVICE_INCIDENT = "SELECT i.id FROM incident i "
            + "JOIN contractor k ON k.id = i.contractor_id WHERE k.name = '株式会社高知データサービス' "
            + "AND i.status <> 'DRAFT' ORDER BY i.id";
    private static final String DATA_SERVICE_INCIDENT_FILE = "SELECT f.evidence_file_id FROM incident_entry_file f "
            + "JOIN incident_entry e ON e.id = f.entry_id JOIN incident i ON i.id = e.incident_id "
            + "JOIN contractor k ON k.id = i.contractor_id WHERE k.name = '株式会社高知データサービス' "
            + "ORDER BY f.evidence_file_id";
    private static final String NOT_SNS_DEMOS_ACCOUNT = "SELECT id FROM sns_account WHERE responsible_user <> "
            + "'sns-demo' AND (deputy_user IS NULL OR deputy_user <> 'sns-demo') ORDER BY id";

    /** For every tenant's route: contractor B tries contractor A's records, sns-demo another owner's account. */
    static final Map<String, Probe> PROBES = Map.of(
            "/portal/obligation.xhtml", new Probe("contractor-demo-b", "/portal/obligation.xhtml?id=",
                    DATA_SERVICE_OBLIGATION),
            "/portal/files/*", new Probe("contractor-demo-b", "/portal/files/", DATA_SERVICE_FILE),
            "/portal/incident.xhtml", new Probe("contractor-demo-b", "/portal/incident.xhtml?id=",
                    DATA_SERVICE_INCIDENT),
            "/portal/incident-files/*", new Probe("contractor-demo-b", "/portal/incident-files/",
                    DATA_SERVICE_INCIDENT_FILE),
            "/staff/sns/view.xhtml", new Probe("sns-demo", "/staff/sns/view.xhtml?id=", NOT_SNS_DEMOS_ACCOUNT),
            "/staff/sns/guideline.xhtml", new Probe("sns-demo", "/staff/sns/guideline.xhtml?account=",
                    NOT_SNS_DEMOS_ACCOUNT),
            "/staff/sns/procedure.xhtml", new Probe("sns-demo", "/staff/sns/procedure.xhtml?account=",
                    NOT_SNS_DEMOS_ACCOUNT));

    @Test
    void anotherTenantsRecordIsAnsweredAsAMissingOneOnEveryTenantRoute() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Tenancy> route : ID_ROUTES.entrySet()) {
            if (route.getValue() != Tenancy.CONTRACTOR && route.getValue() != Tenancy.SNS_OWNERS) {
                continue;
            }
            Probe probe = PROBES.get(route.getKey());
            if (probe == null) {
                failures.add(route.getKey() + ": no probe in RouteMatrixIT.PROBES");
                continue;
            }
            long foreign = first(probe.foreignRecord());
            try (Browser browser = new Browser(stack.portalUrl())) {
                browser.signIn(probe.user());
                String foreignAnswer = answer(browser, probe.address(), foreign);
                String missingAnswer = answer(browser, probe.address(), MISSING);
                checked++;
                if (!foreignAnswer.equals(missingAnswer)) {
                    failures.add(route.getKey() + " as " + probe.user() + ": another tenant's record " + foreign
                            + " was answered\n" + foreignAnswer + "\nbut a missing one\n" + missingAnswer);
                } else if (!foreignAnswer.contains("見つかりません") && !foreignAnswer.startsWith("404")) {
                    failures.add(route.getKey() + ": neither answer says the record is missing: " + foreignAnswer);
                }
            }
        }
        System.out.printf("[RouteMatrixIT] %d tenant routes tried with another tenant's record%n", checked);
        assertEquals(List.of(), failures);
        assertTrue(checked >= PROBES.size(), "every probe ran");
    }

    @Test
    void theTenantsThemselvesAndTheOfficersStillSeeTheRecords() throws Exception {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            assertEquals(200, browser.fetch(stack.portalUrl() + "/portal/files/" + first(DATA_SERVICE_FILE)).statusCode());
        }
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("security-demo");
            browser.open("/staff/sns/view.xhtml?id=" + first(NOT_SNS_DEMOS_ACCOUNT));
            assertTrue(!browser.text("main").contains("見つかりません"), "a security officer reads every account");
        }
    }

    /** A page's main text, or a download's status and body (the record's id and the view state masked). */
    private static String answer(Browser browser, String address, long id) throws Exception {
        if (address.contains(".xhtml")) {
            browser.open(address + id);
            return browser.text("main");
        }
        HttpResponse<byte[]> response = browser.fetch(stack.portalUrl() + address + id);
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("") + "\n"
                + comparable(response.body(), id);
    }

    private static String comparable(byte[] body, long id) {
        return new String(body, StandardCharsets.UTF_8)
                .replace("/files/" + id, "/files/ID")
                .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1VIEWSTATE");
    }

    private static long first(String sql) throws SQLException {
        try (Connection c = PortalStack.database(stack); PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), "no row for " + sql);
            return rs.getLong(1);
        }
    }
}
