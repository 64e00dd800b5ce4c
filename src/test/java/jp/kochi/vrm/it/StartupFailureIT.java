package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jp.kochi.vrm.devstack.PayaraServer;
import jp.kochi.vrm.devstack.ServerProcess;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A portal started with a missing and a wrong setting: it logs one line naming each setting, readiness
 * stays DOWN, and pages answer 503 instead of half-working.
 */
@ExtendWith(PortalStack.class)
class StartupFailureIT {

    @Test
    void missingAndWrongSettingsKeepThePortalClosed() throws Exception {
        StackSettings main = PortalStack.current();
        StackSettings broken = new StackSettings(main.portalPort() + 1, main.keycloakPort(),
                main.keycloakManagementPort(), main.hazelcastPort() + 100, main.dataDir().resolve("broken"),
                main.distDir(), main.war(), main.realmDir(), main.keycloakVersion(), main.dbUrl(), main.dbUser(),
                main.dbPassword(), false, main.oidcClientSecret(), main.provisioningClientSecret(),
                main.keycloakAdminPassword(), main.mailHost(), main.mailPort());
        Map<String, String> env = new HashMap<>(PayaraServer.environment(broken));
        env.remove("VRM_DB_URL");
        env.put("VRM_OIDC_PROVIDER_URI", "keycloak.example.jp/realms/kochi-vrm");
        try (ServerProcess portal = PayaraServer.launch(broken, env, "portal-broken.log")) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    ready = http.send(HttpRequest.newBuilder(URI.create(broken.managementUrl() + "/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (ready.body().contains("VRM_DB_URL")) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            assertTrue(ready != null && ready.statusCode() == 503, "readiness DOWN: " + (ready == null ? "" : ready.body()));
            assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(broken.portalUrl() + "/index.xhtml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("ただいま利用できません"), page.body());

            String log = Files.readString(portal.log());
            assertTrue(log.contains("Portal NOT started: configuration setting VRM_DB_URL: missing"), "log names VRM_DB_URL");
            assertTrue(log.contains("Portal NOT started: configuration setting VRM_OIDC_PROVIDER_URI: not an http(s) address"),
                    "log names VRM_OIDC_PROVIDER_URI");
            assertTrue(!log.contains(main.oidcClientSecret()), "the client secret is never logged");
            assertTrue(!log.contains(main.provisioningClientSecret()), "the provisioning secret is never logged");
        }
    }
}
