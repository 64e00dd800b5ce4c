package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.kochi.vrm.devstack.StackSettings;
import jp.kochi.vrm.identity.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page x every role, signed in through Keycloak's login page from a link opened while signed out (it must land
 * on that page, with its query): allowed pages show their own heading,
 * refused ones the 403 page in Japanese, anonymous visitors are sent to Keycloak. Pages are found in the
 * web application folder, so a page added without an expectation here fails the suite. Every page shown
 * is checked with axe-core for WCAG 2.1 A/AA, and for text shaped like an internal code or a Java name
 * ({@link VisibleCodeScan}).
 */
@ExtendWith(PortalStack.class)
class RolePageMatrixIT {

    static final String ANONYMOUS = "anonymous";
    static final String REFUSED_HEADING = "アクセスできません";
    private static final List<String> STAFF = Roles.STAFF;
    /** Official social media accounts: their owners (their own accounts only), officers, auditors, administrators. */
    private static final List<String> SNS_READERS = List.of(Roles.SNS_OWNER, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN);
    /** The contractor register and vetting: every staff role but the SNS account owners. */
    private static final List<String> CONTRACTOR_REGISTER =
            List.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN);
    private static final List<String> EVERYONE = Stream.concat(Stream.of(ANONYMOUS), Roles.ALL.stream()).toList();

    /** Page (path below the context root) to the roles that may open it. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("/index.xhtml", EVERYONE);
        EXPECTED.put("/staff/home.xhtml", STAFF);
        EXPECTED.put("/staff/dashboard.xhtml", STAFF);
        EXPECTED.put("/me/notifications.xhtml", Roles.ALL);
        EXPECTED.put("/me/calendar.xhtml", Roles.ALL);
        EXPECTED.put("/staff/departments.xhtml", STAFF);
        EXPECTED.put("/staff/audit/log.xhtml", List.of(Roles.AUDITOR, Roles.SECURITY_OFFICER));
        EXPECTED.put("/staff/contractors/list.xhtml", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/contractors/view.xhtml?id=1", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/contractors/vetting.xhtml?id=1", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/contractors/edit.xhtml", List.of(Roles.PROCUREMENT));
        EXPECTED.put("/staff/contractors/import.xhtml", List.of(Roles.PROCUREMENT));
        EXPECTED.put("/staff/checklist.xhtml", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/contracts/list.xhtml", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/contracts/view.xhtml?id=1", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/contracts/edit.xhtml", List.of(Roles.PROCUREMENT));
        EXPECTED.put("/staff/contracts/obligation.xhtml?id=1", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/clauses/list.xhtml", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/clauses/view.xhtml?id=1", CONTRACTOR_REGISTER);
        EXPECTED.put("/staff/services/list.xhtml", STAFF);
        EXPECTED.put("/staff/services/view.xhtml?id=1", STAFF);
        EXPECTED.put("/staff/services/usages.xhtml", STAFF);
        EXPECTED.put("/staff/services/edit.xhtml", List.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER));
        EXPECTED.put("/staff/services/request.xhtml?service=1",
                List.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER));
        EXPECTED.put("/staff/sns/list.xhtml", SNS_READERS);
        EXPECTED.put("/staff/sns/view.xhtml?id=1", SNS_READERS);
        EXPECTED.put("/staff/sns/posts.xhtml", SNS_READERS);
        EXPECTED.put("/staff/sns/edit.xhtml", List.of(Roles.SNS_OWNER, Roles.SECURITY_OFFICER));
        EXPECTED.put("/staff/sns/guideline.xhtml?account=1", List.of(Roles.SNS_OWNER, Roles.SECURITY_OFFICER));
        EXPECTED.put("/staff/sns/procedure.xhtml?account=1", List.of(Roles.SNS_OWNER, Roles.SECURITY_OFFICER));
        EXPECTED.put("/staff/incidents/list.xhtml", STAFF);
        EXPECTED.put("/staff/incidents/view.xhtml?id=1", STAFF);
        EXPECTED.put("/staff/incidents/rules.xhtml", STAFF);
        EXPECTED.put("/staff/incidents/new.xhtml", List.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER));
        EXPECTED.put("/public/sns.xhtml", EVERYONE);
        EXPECTED.put("/portal/home.xhtml", List.of(Roles.CONTRACTOR));
        EXPECTED.put("/portal/obligation.xhtml?id=1", List.of(Roles.CONTRACTOR));
        EXPECTED.put("/portal/incidents.xhtml", List.of(Roles.CONTRACTOR));
        EXPECTED.put("/portal/incident.xhtml?id=1", List.of(Roles.CONTRACTOR));
        EXPECTED.put("/portal/incident-report.xhtml", List.of(Roles.CONTRACTOR));
        EXPECTED.put("/error/401.xhtml", EVERYONE);
        EXPECTED.put("/error/403.xhtml", EVERYONE);
        EXPECTED.put("/error/404.xhtml", EVERYONE);
        EXPECTED.put("/error/500.xhtml", EVERYONE);
        EXPECTED.put("/error/expired.xhtml", EVERYONE);
    }

    /** The demo user of each role (realm-export/demo/kochi-vrm-demo-overlay.json). */
    static final Map<String, String> DEMO_USER = Map.of(
            Roles.PROCUREMENT, "procurement-demo",
            Roles.SECURITY_OFFICER, "security-demo",
            Roles.SNS_OWNER, "sns-demo",
            Roles.CONTRACTOR, "contractor-demo",
            Roles.AUDITOR, "auditor-demo",
            Roles.ADMIN, "admin-demo");

    private static StackSettings stack;

    @BeforeAll
    static void stack() {
        stack = PortalStack.current();
    }

    /** Every Faces page in the web application folder, as a path below the context root. */
    static Set<String> discoveredPages() throws IOException {
        Path webapp = Path.of(System.getProperty("vrm.webapp.dir", "src/main/webapp"));
        try (Stream<Path> files = Files.walk(webapp)) {
            Set<String> pages = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .forEach(pages::add);
            return pages;
        }
    }

    /** Servlet routes (not Faces pages) and who may use them; {@code /callback} is the OIDC redirect target. */
    static final Map<String, List<String>> EXPECTED_ROUTES = Map.of(
            "/signin", Roles.ALL,
            "/files/*", CONTRACTOR_REGISTER,
            "/annex/*", CONTRACTOR_REGISTER,
            "/portal/files/*", List.of(Roles.CONTRACTOR),
            "/portal/incident-files/*", List.of(Roles.CONTRACTOR),
            "/staff/incidents/files/*", STAFF,
            "/callback", EVERYONE);

    /** Every {@code @WebServlet} URL pattern of the portal's classes. */
    static Set<String> discoveredServletRoutes() throws IOException {
        Path classes = Path.of(System.getProperty("vrm.classes.dir", "target/classes"));
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, RolePageMatrixIT.class.getClassLoader());
                    jakarta.servlet.annotation.WebServlet servlet =
                            type.getAnnotation(jakarta.servlet.annotation.WebServlet.class);
                    if (servlet != null) {
                        routes.addAll(List.of(servlet.urlPatterns()));
                        routes.addAll(List.of(servlet.value()));
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable outside the server: cannot be a servlet of ours
                }
            }
        }
        return routes;
    }

    @Test
    void everyServletRouteHasAnExpectation() throws IOException {
        assertEquals(discoveredServletRoutes(), new TreeSet<>(EXPECTED_ROUTES.keySet()),
                "Servlet routes and expectations differ: add the new route to RolePageMatrixIT.EXPECTED_ROUTES "
                        + "and protect it in web.xml");
    }

    @Test
    void signInRouteSendsEachRoleHomeAndAnonymousToKeycloak() {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.open("/signin");
            assertTrue(browser.currentUrl().startsWith(stack.realmUrl()), browser.currentUrl());
        }
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            browser.open("/signin");
            assertTrue(browser.currentUrl().endsWith("/portal/home.xhtml"), browser.currentUrl());
        }
    }

    @Test
    void everyPageHasAnExpectation() throws IOException {
        assertEquals(discoveredPages(), new TreeSet<>(EXPECTED.keySet().stream().map(p -> p.replaceAll("\\?.*", ""))
                        .toList()),
                "Pages and expectations differ: add the new page to RolePageMatrixIT.EXPECTED");
    }

    static List<String> roles() {
        return Roles.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void roleSeesExactlyItsPages(String role) throws Exception {
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser(stack.portalUrl())) {
            // Signed in the way people do: from a link to one of the role's pages, opened while signed out.
            String link = SignInPathsIT.deepLinkFor(role);
            browser.signInAt(link, DEMO_USER.get(role));
            if (!browser.currentUrl().equals(stack.portalUrl() + link)) {
                failures.add("sign-in from " + link + " ended at " + browser.currentUrl());
            }
            for (Map.Entry<String, List<String>> page : EXPECTED.entrySet()) {
                browser.open(page.getKey());
                boolean allowed = page.getValue().contains(role);
                boolean refused = REFUSED_HEADING.equals(browser.heading()) && !page.getKey().equals("/error/403.xhtml");
                if (allowed == refused) {
                    failures.add(page.getKey() + ": expected " + (allowed ? "allowed" : "refused") + " but heading was '"
                            + browser.heading() + "'");
                }
                browser.assertAccessible();
                browser.internalCodes().forEach(code -> failures.add(page.getKey() + ": internal code shown: " + code));
                String cache = browser.fetch(stack.portalUrl() + page.getKey()).headers()
                        .firstValue("Cache-Control").orElse("");
                if (!"no-store".equals(cache)) {
                    failures.add(page.getKey() + ": Cache-Control '" + cache + "', expected no-store");
                }
            }
        }
        assertEquals(List.of(), failures, "role " + role);
    }

    @Test
    void anonymousVisitorsAreSentToKeycloakForProtectedPages() {
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser(stack.portalUrl())) {
            for (Map.Entry<String, List<String>> page : EXPECTED.entrySet()) {
                browser.open(page.getKey());
                boolean onKeycloak = browser.currentUrl().startsWith(stack.realmUrl());
                boolean allowed = page.getValue().contains(ANONYMOUS);
                if (allowed == onKeycloak) {
                    failures.add(page.getKey() + ": expected " + (allowed ? "the page" : "Keycloak sign-in")
                            + " but was at " + browser.currentUrl());
                }
                if (!onKeycloak) {
                    browser.assertAccessible();
                    browser.internalCodes().forEach(code -> failures.add(page.getKey() + ": internal code shown: " + code));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void pagesOutsideTheNamedAreasAreRefusedEvenWhenSignedIn() {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("admin-demo");
            browser.open("/WEB-INF/templates/layout.xhtml");
            assertFalse(browser.driver().getPageSource().contains("ui:insert"), "template source must never be served");
            browser.open("/does-not-exist.xhtml");
            assertEquals(REFUSED_HEADING, browser.heading());
            browser.open("/staff/no-such-page.xhtml");
            assertEquals("ページが見つかりません", browser.heading());
            assertTrue(browser.driver().getPageSource().contains("error-home"));
        }
    }
}
