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
import jp.kochi.vrm.devstack.PayaraServer;
import jp.kochi.vrm.devstack.ServerProcess;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A portal started without demo data refuses what only a demo may have: a published client secret (at once, from
 * its settings) and a realm with the demo users and role (once Keycloak answers). Each case is a second portal
 * with its own port, Hazelcast port, data folder and database, beside the shared stack, whose Keycloak holds the
 * demo realm.
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
                ready = http.send(HttpRequest.newBuilder(URI.create(portal.serverUrl() + "/health/ready")).build(),
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
