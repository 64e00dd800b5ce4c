package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip: unpacked once into the data folder, started in
 * development mode (its own H2 database inside that folder) with the curated realm imported on first
 * start: the production realm file, with the demo overlay ({@link RealmOverlay}) laid over it when the stack
 * runs with demo data. The realm's secrets and the portal's address are passed as environment variables, which
 * the realm file reads as placeholders.
 */
public final class KeycloakServer {

    public static final String REALM = "kochi-vrm";

    private KeycloakServer() {
    }

    public static ServerProcess start(StackSettings s) throws IOException, InterruptedException {
        ServerProcess.requireFreePort(s.keycloakPort(), "Keycloak");
        ServerProcess.requireFreePort(s.keycloakManagementPort(), "Keycloak's management interface");
        Path home = s.dataDir().resolve("keycloak-" + s.keycloakVersion());
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            Path zip = s.distDir().resolve("keycloak-" + s.keycloakVersion() + ".zip");
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("Keycloak distribution not found at " + zip
                        + " (the Maven build fetches it in the package phase)");
            }
            System.out.println("Unpacking Keycloak " + s.keycloakVersion() + " into " + home + " ...");
            unzip(zip, s.dataDir());
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        copyRealms(s.realmDir(), s.demoData(), imports);
        Path javaHome = JdkLocator.locate(21);
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", s.keycloakAdminPassword());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("VRM_PORTAL_URL", s.portalUrl());
        env.put("VRM_OIDC_CLIENT_SECRET", s.oidcClientSecret());
        env.put("VRM_PROVISIONING_CLIENT_SECRET", s.provisioningClientSecret());
        env.put("VRM_MAIL_HOST", s.mailHost());
        env.put("VRM_MAIL_PORT", Integer.toString(s.mailPort()));
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + s.keycloakPort(), "--http-management-port=" + s.keycloakManagementPort(),
                "--hostname-strict=false", "--import-realm");
        ServerProcess process = new ServerProcess("Keycloak", command, env, home, s.dataDir().resolve("logs/keycloak.log"));
        try {
            process.awaitHttp(s.keycloakUrl() + "/realms/" + REALM + "/.well-known/openid-configuration", 200,
                    Duration.ofSeconds(240));
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
        return process;
    }

    /**
     * Copies the production realm files (the top of {@code realmDir}; the demo overlay lives in a subfolder) into
     * Keycloak's import folder, the overlay laid over this portal's realm when {@code demoData} is set.
     */
    static void copyRealms(Path realmDir, boolean demoData, Path imports) throws IOException {
        Path overlay = realmDir.resolve(RealmOverlay.DEMO_OVERLAY);
        try (DirectoryStream<Path> realms = Files.newDirectoryStream(realmDir, "*.json")) {
            for (Path realm : realms) {
                Path target = imports.resolve(realm.getFileName());
                if (demoData && realm.getFileName().toString().equals(REALM + "-realm.json")) {
                    RealmOverlay.write(realm, overlay, target);
                } else {
                    Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("Refusing zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
