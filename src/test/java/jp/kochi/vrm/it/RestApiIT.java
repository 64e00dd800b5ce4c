package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's own JAX-RS endpoints answer although the Keycloak admin client brings RESTEasy into the WAR
 * (RestApplication lists its resources, so Payara's Jersey does not take RESTEasy's providers for its own).
 */
@ExtendWith(PortalStack.class)
class RestApiIT {

    @Test
    void statusEndpointAnswersJson() throws Exception {
        HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PortalStack.current().portalUrl() + "/api/status")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode(), status.body());
        assertEquals("application/json", status.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("{\"api\":\"UP\"}", status.body());
    }
}
