package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health: readiness covers start-up, the database and Keycloak; liveness the process. */
@Tag("database")
@ExtendWith(PortalStack.class)
class HealthIT {

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessReportsDatabaseAndKeycloakUp() throws Exception {
        StackSettings s = PortalStack.current();
        HttpResponse<String> ready = get(s.managementUrl() + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"database\":\"UP\""), body);
        assertTrue(body.contains("\"keycloak\":\"UP\""), body);
        assertTrue(body.contains("\"startup\":\"UP\""), body);
    }

    @Test
    void livenessIsUp() throws Exception {
        HttpResponse<String> live = get(PortalStack.current().managementUrl() + "/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("portal-process"), live.body());
    }

    @Test
    void pagesCarrySecurityHeadersAndNoServerVersion() throws Exception {
        HttpResponse<String> index = get(PortalStack.current().portalUrl() + "/index.xhtml");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", index.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(index.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By");
        assertTrue(index.headers().firstValue("Server").isEmpty(), "no Server header: "
                + index.headers().firstValue("Server").orElse(""));
    }

    @Test
    void unknownAddressesGetTheJapaneseNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> missing = get(PortalStack.current().portalUrl() + "/nothing-here");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("ページが見つかりません"), missing.body());
        assertTrue(!missing.body().matches("(?s).*\\bat [a-z]+\\.[\\w.$]+\\([\\w]+\\.java:\\d+\\).*")
                && !missing.body().contains("Caused by") && !missing.body().contains("Payara"), missing.body());
    }
}
