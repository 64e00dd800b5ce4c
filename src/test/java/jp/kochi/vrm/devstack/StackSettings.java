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

    /** The portal's context root. */
    public static final String CONTEXT_ROOT = "/vrm";
    /** The management port is the portal's port plus this (8080: 9080; the tests' 18080: 19080). */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    /** The server on the portal's port: only the portal ({@code /vrm}) answers there. */
    public String serverUrl() {
        return "http://localhost:" + portalPort;
    }

    /** Payara's management listener (loopback only): MicroProfile Health ({@code /health/ready}, {@code /health/live}). */
    public int managementPort() {
        return portalPort + MANAGEMENT_PORT_OFFSET;
    }

    /** The management listener's address, where the health endpoints answer. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort();
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
