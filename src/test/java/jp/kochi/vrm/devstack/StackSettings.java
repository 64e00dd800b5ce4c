package jp.kochi.vrm.devstack;

import java.nio.file.Path;

/**
 * Everything the stack needs to start: ports, folders and the secrets shared by Keycloak and the portal.
 * The database is either the embedded H2 file in the data folder or a PostgreSQL server given by URL.
 */
public record StackSettings(
        int portalPort,
        int keycloakPort,
        int keycloakManagementPort,
        int hazelcastPort,
        Path dataDir,
        Path distDir,
        Path war,
        Path realmDir,
        String keycloakVersion,
        String dbUrl,
        String dbUser,
        String dbPassword,
        boolean demoData,
        String oidcClientSecret,
        String provisioningClientSecret,
        String keycloakAdminPassword,
        String mailHost,
        int mailPort) {

    /** The portal's context root: MicroProfile Health owns {@code /health} on the same port. */
    public static final String CONTEXT_ROOT = "/vrm";

    /** The server (health endpoints live here). */
    public String serverUrl() {
        return "http://localhost:" + portalPort;
    }

    /** The portal's own address, where users sign in. */
    public String portalUrl() {
        return serverUrl() + CONTEXT_ROOT;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    /** The H2 file database inside the data folder. */
    public static String h2Url(Path dataDir, boolean autoServer) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/vrm") + (autoServer ? ";AUTO_SERVER=TRUE" : "");
    }
}
