package jp.kochi.vrm.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether Keycloak's realm answers: it publishes its OpenID configuration within two seconds. */
public final class KeycloakProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KeycloakProbe() {
    }

    public static boolean answers(String providerUri) {
        if (providerUri == null) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(providerUri + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
