package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.devstack.KeycloakServer;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;

/**
 * A signed-in session follows what Keycloak says later: a role removed there is gone here, and a user disabled there
 * is signed out here, within the access token's lifetime (set short for this test); the user's calendar feed stops
 * too. Each test makes its own user, so nothing depends on another test or on the demo users.
 */
@ExtendWith(PortalStack.class)
class KeycloakSessionIT {

    /** The access token's lifetime in this test, in seconds (the realm's default is 5 minutes). */
    private static final int TOKEN_SECONDS = 20;
    /** How long a change may take to reach the portal: the token's lifetime and a margin for the page loads. */
    private static final Duration WITHIN = Duration.ofSeconds(TOKEN_SECONDS + 40);

    private static StackSettings stack;
    private static Keycloak admin;
    private static RealmResource realm;
    private static String lifespanBefore;

    @BeforeAll
    static void connect() {
        stack = PortalStack.current();
        admin = KeycloakBuilder.builder().serverUrl(stack.keycloakUrl()).realm("master").clientId("admin-cli")
                .username("admin").password(stack.keycloakAdminPassword()).build();
        realm = admin.realm(KeycloakServer.REALM);
        ClientResource client = portalClient();
        ClientRepresentation rep = client.toRepresentation();
        Map<String, String> attributes = new HashMap<>(rep.getAttributes() == null ? Map.of() : rep.getAttributes());
        lifespanBefore = attributes.get("access.token.lifespan");
        attributes.put("access.token.lifespan", Integer.toString(TOKEN_SECONDS));
        rep.setAttributes(attributes);
        client.update(rep);
    }

    @AfterAll
    static void restore() {
        if (admin == null) {
            return;
        }
        try {
            ClientResource client = portalClient();
            ClientRepresentation rep = client.toRepresentation();
            Map<String, String> attributes = new HashMap<>(rep.getAttributes());
            if (lifespanBefore == null) {
                attributes.remove("access.token.lifespan");
            } else {
                attributes.put("access.token.lifespan", lifespanBefore);
            }
            rep.setAttributes(attributes);
            client.update(rep);
        } finally {
            admin.close();
        }
    }

    private static ClientResource portalClient() {
        String id = realm.clients().findByClientId("vrm-portal").get(0).getId();
        return realm.clients().get(id);
    }

    @Test
    void aRoleRemovedInKeycloakIsGoneFromTheOpenSessionAndItsCalendarFeed() throws Exception {
        UserResource user = newUser("role-removed", "security-officer", "procurement");
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signInAt("/staff/audit/log.xhtml", username(user));
            assertEquals("監査ログ", browser.heading());
            String feed = issueCalendarFeed(browser);
            assertEquals(200, browser.fetch(feed).statusCode());

            user.roles().realmLevel().remove(List.of(realm.roles().get("security-officer").toRepresentation()));
            awaitTrue(() -> {
                browser.open("/staff/audit/log.xhtml");
                return RolePageMatrixIT.REFUSED_HEADING.equals(browser.heading());
            }, "the audit log is refused once the role is gone");
            browser.open("/staff/contracts/list.xhtml");
            assertEquals("契約一覧", browser.heading(), "the role still held keeps its pages");
            assertTrue(!browser.text("user-roles").contains("情報セキュリティ責任者"), browser.text("user-roles"));
            assertEquals(200, browser.fetch(feed).statusCode(), "a staff role is still held");

            user.roles().realmLevel().remove(List.of(realm.roles().get("procurement").toRepresentation()));
            awaitTrue(() -> browser.fetch(feed).statusCode() == 404, "no staff role left: no feed");
        }
    }

    @Test
    void aUserDisabledInKeycloakIsSignedOutOfTheOpenSessionAndTheirFeedStops() throws Exception {
        UserResource user = newUser("disabled", "procurement");
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signInAt("/staff/contracts/list.xhtml", username(user));
            assertEquals("契約一覧", browser.heading());
            String feed = issueCalendarFeed(browser);
            assertEquals(200, browser.fetch(feed).statusCode());

            UserRepresentation rep = user.toRepresentation();
            rep.setEnabled(false);
            user.update(rep);
            assertEquals(404, browser.fetch(feed).statusCode(), "the feed stops at once");
            awaitTrue(() -> {
                browser.open("/staff/contracts/list.xhtml");
                return !browser.currentUrl().startsWith(stack.portalUrl());
            }, "the portal sends the disabled user back to Keycloak");
            assertTrue(!browser.driver().getPageSource().contains("契約一覧"));
        }
    }

    @Test
    void sessionsEndedInKeycloakEndThePortalSession() throws Exception {
        UserResource user = newUser("logged-out", "auditor");
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signInAt("/staff/clauses/list.xhtml", username(user));
            assertTrue(browser.currentUrl().endsWith("/staff/clauses/list.xhtml"), browser.currentUrl());
            user.logout();
            awaitTrue(() -> {
                browser.open("/staff/clauses/list.xhtml");
                return browser.currentUrl().startsWith(stack.realmUrl())
                        && !browser.driver().findElements(By.id("password")).isEmpty();
            }, "the next page asks for the password again");
        }
    }

    /** Issues the user's calendar feed on their calendar page; answers its address. */
    private static String issueCalendarFeed(Browser browser) {
        browser.open("/me/calendar.xhtml");
        browser.click(By.id("calendarForm:issue"));
        String address = browser.element(By.id("calendarForm:address")).getAttribute("value");
        assertTrue(address != null && address.contains("/api/calendar/"), "feed address shown: " + address);
        return address;
    }

    private static UserResource newUser(String label, String... roles) {
        String name = "it-" + label + "-" + Long.toString(System.nanoTime(), 36);
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(name);
        rep.setEmail(name + "@example.jp");
        rep.setEmailVerified(true);
        rep.setFirstName("太郎");
        rep.setLastName("試験");
        rep.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(Browser.DEMO_PASSWORD);
        password.setTemporary(false);
        rep.setCredentials(List.of(password));
        String id;
        try (Response created = realm.users().create(rep)) {
            assertEquals(201, created.getStatus(), "user created");
            String location = created.getLocation().getPath();
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        UserResource user = realm.users().get(id);
        List<String> withExemption = new java.util.ArrayList<>(List.of(roles));
        withExemption.add("demo-mfa-exempt");
        user.roles().realmLevel().add(withExemption.stream().map(r -> realm.roles().get(r).toRepresentation()).toList());
        return user;
    }

    private static String username(UserResource user) {
        return user.toRepresentation().getUsername();
    }

    /** Polls until the condition holds, failing after {@link #WITHIN}. */
    private static void awaitTrue(ThrowingCondition condition, String what) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, what + " (not within " + WITHIN.toSeconds() + " s)");
            Thread.sleep(2_000);
        }
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean holds() throws Exception;
    }
}
