package jp.kochi.vrm.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: start-up succeeded, the database answers and Keycloak's realm publishes its OpenID
 * configuration. Any one of them down makes the portal not ready.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private StartupState state;

    @Inject
    private PortalSettings settings;

    @Resource(lookup = PortalStartup.DATASOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("portal");
        StartupState.Outcome outcome = state.outcome();
        boolean up = outcome.ready();
        response.withData("startup", outcome.ready() ? "UP" : "DOWN: " + String.join("; ", outcome.problems()));
        boolean database = outcome.ready() && databaseAnswers();
        response.withData("database", database ? "UP" : "DOWN");
        boolean keycloak = keycloakAnswers();
        response.withData("keycloak", keycloak ? "UP" : "DOWN");
        return response.status(up && database && keycloak).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private boolean keycloakAnswers() {
        return KeycloakProbe.answers(settings.oidcProviderUri());
    }
}
