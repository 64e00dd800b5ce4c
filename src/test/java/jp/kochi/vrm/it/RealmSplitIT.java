package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kochi.vrm.devstack.PayaraServer;
import jp.kochi.vrm.devstack.ServerProcess;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * A portal started without demo data refuses what only a demo may have: a published client secret (at once, from
 * its settings), a realm with the demo users and role, and a realm whose client takes a published secret (once
 * Keycloak answers); it opens against the production realm. Each case is a second portal with its own port,
 * Hazelcast port, data folder and database, beside the shared stack, whose Keycloak holds the demo realm; the
 * production realms are made in that Keycloak for the test and removed after it.
 */
@ExtendWith(PortalStack.class)
class RealmSplitIT {

    private final HttpClient http = HttpClient.newHttpClient();

    /** A portal without demo data beside the shared one: {@code offset} keeps its ports apart from other tests'. */
    private static StackSettings withoutDemoData(int offset, String name, String oidcSecret) {
        StackSettings main = PortalStack.current();
        Path dataDir = main.dataDir().resolve(name);
        return new StackSettings(main.portalPort() + offset, main.keycloakPort(), main.keycloakManagementPort(),
                main.hazelcastPort() + 100 + offset, dataDir, main.distDir(), main.war(), main.realmDir(),
                main.keycloakVersion(), StackSettings.h2Url(dataDir, false), "sa", null, false, oidcSecret,
                main.provisioningClientSecret(), main.keycloakAdminPassword(), main.mailHost(), main.mailPort());
    }

    @Test
    void aPublishedDemoSecretIsRefusedWithoutDemoData() throws Exception {
        StackSettings portal = withoutDemoData(2, "realm-split-secret", "vrm-portal-demo-secret");
        Map<String, String> env = PayaraServer.environment(portal);
        try (ServerProcess process = PayaraServer.launch(portal, env, "portal-demo-secret.log")) {
            HttpResponse<String> ready = awaitReadiness(portal, "VRM_OIDC_CLIENT_SECRET");
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());
            assertClosed(portal);
            String log = Files.readString(process.log());
            assertTrue(log.contains("Portal NOT started: configuration setting VRM_OIDC_CLIENT_SECRET: a published demo "
                    + "secret (refused while VRM_DEMO_DATA is not true"), "log names VRM_OIDC_CLIENT_SECRET");
            assertFalse(log.contains("vrm-portal-demo-secret"), "the secret itself is never logged");
            assertFalse(log.contains(portal.provisioningClientSecret()), "nor the provisioning secret");
        }
    }

    @Test
    void theDemoRealmIsRefusedWithoutDemoData() throws Exception {
        StackSettings portal = withoutDemoData(3, "realm-split-realm", PortalStack.current().oidcClientSecret());
        Map<String, String> env = PayaraServer.environment(portal);
        try (ServerProcess process = PayaraServer.launch(portal, env, "portal-demo-realm.log")) {
            HttpResponse<String> ready = awaitReadiness(portal, "holds demo users");
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());
            assertClosed(portal);
            String log = Files.readString(process.log());
            assertTrue(log.contains("Portal NOT started: the realm kochi-vrm holds demo users/role (role demo-mfa-exempt; "
                    + "users procurement-demo, security-demo, sns-demo, contractor-demo, contractor-demo-b, auditor-demo, "
                    + "admin-demo, lead-demo, procurement-mfa) while VRM_DEMO_DATA is not true"), "log names the realm");
            assertFalse(log.contains("accepts a published secret"), "the shared realm's secrets are its own");
            assertFalse(log.contains(portal.oidcClientSecret()), "the client secret is never logged");
            assertFalse(log.contains(portal.provisioningClientSecret()), "the provisioning secret is never logged");
        }
    }

    @Test
    void aProductionRealmImportedWithoutItsProvisioningSecretIsRefused() throws Exception {
        String portalSecret = randomSecret();
        // Keycloak 26 imports ${VRM_PROVISIONING_CLIENT_SECRET} as that text when the variable is missing.
        String realm = createProductionRealm("kochi-vrm-prod-unset", portalSecret, "${VRM_PROVISIONING_CLIENT_SECRET}");
        try {
            StackSettings portal = withoutDemoData(4, "realm-split-unset", portalSecret);
            Map<String, String> env = new java.util.HashMap<>(PayaraServer.environment(portal));
            env.put("VRM_OIDC_PROVIDER_URI", portal.keycloakUrl() + "/realms/" + realm);
            try (ServerProcess process = PayaraServer.launch(portal, env, "portal-unset-secret.log")) {
                HttpResponse<String> ready = awaitReadiness(portal, "accepts a published secret");
                assertEquals(503, ready.statusCode(), ready.body());
                assertClosed(portal);
                String log = Files.readString(process.log());
                assertTrue(log.contains("Portal NOT started: the realm " + realm + " accepts a published secret for "
                        + "client vrm-provisioning (VRM_PROVISIONING_CLIENT_SECRET)"), "log names the client");
                assertFalse(log.contains("holds demo users"), "the production realm has none");
            }
        } finally {
            deleteRealm(realm);
        }
    }

    @Test
    void theProductionRealmLetsThePortalOpenWithoutDemoData() throws Exception {
        String portalSecret = randomSecret();
        String provisioningSecret = PortalStack.current().provisioningClientSecret();
        String realm = createProductionRealm("kochi-vrm-prod", portalSecret, provisioningSecret);
        try {
            StackSettings portal = withoutDemoData(5, "realm-split-production", portalSecret);
            Map<String, String> env = new java.util.HashMap<>(PayaraServer.environment(portal));
            env.put("VRM_OIDC_PROVIDER_URI", portal.keycloakUrl() + "/realms/" + realm);
            try (ServerProcess process = PayaraServer.start(portal, env, "portal-production.log")) {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                        URI.create(portal.portalUrl() + "/index.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                String log = Files.readString(process.log());
                assertTrue(log.contains("Realm check passed: realm " + realm), "the check ran and passed");
                assertFalse(log.contains("Portal NOT started"), log);
            }
        } finally {
            deleteRealm(realm);
        }
    }

    private static String randomSecret() {
        return "it-" + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    private static Keycloak masterAdmin() {
        StackSettings main = PortalStack.current();
        return KeycloakBuilder.builder().serverUrl(main.keycloakUrl()).realm("master").clientId("admin-cli")
                .username("admin").password(main.keycloakAdminPassword()).build();
    }

    /**
     * The production realm file as Keycloak imports it, under another name: placeholders with a default take it,
     * the two secrets take the values given (a missing variable's literal text, as Keycloak 26 leaves it).
     */
    private static String createProductionRealm(String name, String portalSecret, String provisioningSecret)
            throws Exception {
        String text = Files.readString(PortalStack.current().realmDir().resolve("kochi-vrm-realm.json"))
                .replace("${VRM_OIDC_CLIENT_SECRET}", portalSecret)
                .replace("${VRM_PROVISIONING_CLIENT_SECRET}", provisioningSecret);
        Matcher withDefault = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)\\}").matcher(text);
        text = withDefault.replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        RealmRepresentation realm = JsonSerialization.readValue(text, RealmRepresentation.class);
        realm.setRealm(name);
        try (Keycloak admin = masterAdmin()) {
            admin.realms().create(realm);
        }
        return name;
    }

    private static void deleteRealm(String name) {
        try (Keycloak admin = masterAdmin()) {
            admin.realm(name).remove();
        }
    }

    /** Pages answer 503 with the plain "unavailable" page. */
    private void assertClosed(StackSettings portal) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(portal.portalUrl() + "/index.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("ただいま利用できません"), page.body());
    }

    /** Readiness once it names {@code expected}, or the last answer after three minutes. */
    private HttpResponse<String> awaitReadiness(StackSettings portal, String expected) throws Exception {
        HttpResponse<String> ready = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                ready = http.send(HttpRequest.newBuilder(URI.create(portal.managementUrl() + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.body().contains(expected)) {
                    return ready;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("readiness never named " + expected + ": " + (ready == null ? "no answer" : ready.body()));
    }
}
