package jp.kochi.vrm.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Whether Keycloak accepts a published secret for one of the portal's clients. Keycloak 26 imports a realm
 * placeholder whose variable is missing ({@code ${VRM_PROVISIONING_CLIENT_SECRET}}) as that literal text, so a
 * realm imported without the variable gives the client a secret anyone can read in this repository; so does a
 * realm imported from the old demo file with its defaults. Asked through token introspection, which any
 * confidential client may call: 200 when Keycloak authenticated the client, 401 when it did not.
 */
final class PublishedClientSecrets {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(KeycloakUserDirectory.CONNECT_TIMEOUT_SECONDS)).build();

    private PublishedClientSecrets() {
    }

    /** The secrets a client may hold without anybody having chosen one: the unresolved placeholder, the demo values. */
    static List<String> candidates(String secretEnvName) {
        List<String> secrets = new ArrayList<>();
        secrets.add("${" + secretEnvName + "}");
        secrets.addAll(PortalSettings.PUBLISHED_DEMO_SECRETS);
        return secrets;
    }

    /** Whether Keycloak authenticates {@code clientId} with any of the published secrets. */
    static boolean accepted(String keycloakUrl, String realm, String clientId, String secretEnvName) {
        for (String secret : candidates(secretEnvName)) {
            if (accepts(keycloakUrl, realm, clientId, secret)) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(String keycloakUrl, String realm, String clientId, String secret) {
        String form = "token=none&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/"
                        + URLEncoder.encode(realm, StandardCharsets.UTF_8) + "/protocol/openid-connect/token/introspect"))
                .timeout(Duration.ofSeconds(KeycloakUserDirectory.READ_TIMEOUT_SECONDS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        int status;
        try {
            status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DirectoryException(DirectoryException.Kind.UNREACHABLE, "ask Keycloak about client " + clientId
                    + ": Keycloak unreachable (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryException(DirectoryException.Kind.UNREACHABLE, "interrupted", e);
        }
        return switch (status) {
            case 200 -> true;
            case 400, 401, 403 -> false;
            default -> throw new DirectoryException(DirectoryException.Kind.FAILED, "ask Keycloak about client "
                    + clientId + ": Keycloak answered " + status);
        };
    }
}
