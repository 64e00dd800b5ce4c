package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The run command ({@code ./mvnw -Prun}): starts Keycloak and the portal with demo data on the embedded
 * database, prints where to sign in and with which demo accounts, and stops both on Ctrl+C. Data stays in
 * the data folder between runs; {@code -Dreset} starts from scratch.
 *
 * <p>Settings (system property, or environment variable in brackets): {@code vrm.port} [VRM_PORT] 8080,
 * {@code keycloak.port} [VRM_KEYCLOAK_PORT] 8180, {@code keycloak.management-port} [VRM_KEYCLOAK_MANAGEMENT_PORT]
 * 9000, {@code vrm.data} [VRM_DATA] ./data, {@code vrm.mail.port} [VRM_MAIL_PORT] 2525 (a development SMTP server is
 * started there when the mail host is localhost), {@code reset}.
 */
public final class RunPortal {

    private RunPortal() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path basedir = Path.of(System.getProperty("vrm.basedir", "."));
        Path dataDir = Path.of(setting("vrm.data", "VRM_DATA", basedir.resolve("data").toString())).toAbsolutePath();
        if (System.getProperty("reset") != null && !"false".equals(System.getProperty("reset"))) {
            System.out.println("Reset: deleting " + dataDir);
            deleteTree(dataDir);
        }
        Files.createDirectories(dataDir);
        Properties secrets = secrets(dataDir);
        StackSettings s = new StackSettings(
                Integer.parseInt(setting("vrm.port", "VRM_PORT", "8080")),
                Integer.parseInt(setting("keycloak.port", "VRM_KEYCLOAK_PORT", "8180")),
                Integer.parseInt(setting("keycloak.management-port", "VRM_KEYCLOAK_MANAGEMENT_PORT", "9000")),
                Integer.parseInt(setting("hazelcast.port", "VRM_HAZELCAST_PORT", "5900")),
                dataDir,
                Path.of(System.getProperty("vrm.dist.dir")),
                Path.of(System.getProperty("vrm.war")),
                Path.of(System.getProperty("vrm.realm.dir")),
                System.getProperty("vrm.keycloak.version"),
                StackSettings.h2Url(dataDir, false), "sa", null,
                true,
                secrets.getProperty("oidc"),
                secrets.getProperty("provisioning"),
                secrets.getProperty("keycloakAdmin"),
                setting("vrm.mail.host", "VRM_MAIL_HOST", "localhost"),
                Integer.parseInt(setting("vrm.mail.port", "VRM_MAIL_PORT", "2525")));

        CountDownLatch stopped = new CountDownLatch(1);
        ServerProcess[] servers = new ServerProcess[2];
        DevMailServer[] mail = new DevMailServer[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the portal and Keycloak ...");
            for (int i = servers.length - 1; i >= 0; i--) {
                if (servers[i] != null) {
                    servers[i].close();
                }
            }
            if (mail[0] != null) {
                mail[0].close();
            }
            stopped.countDown();
        }));

        // Keycloak's invitation mails need an SMTP server: a development one here, unless another host is named.
        if ("localhost".equals(s.mailHost()) || "127.0.0.1".equals(s.mailHost())) {
            mail[0] = DevMailServer.start(s.mailPort(), dataDir.resolve("mail"));
            System.out.println("Development SMTP server on localhost:" + s.mailPort() + ": mails are printed here and "
                    + "saved in " + dataDir.resolve("mail"));
        }

        System.out.println("Starting Keycloak on " + s.keycloakUrl() + " (log: " + dataDir.resolve("logs/keycloak.log") + ") ...");
        servers[0] = KeycloakServer.start(s);
        long keycloakUp = System.nanoTime();
        System.out.printf("Keycloak is up after %.1f s. Starting the portal on %s ...%n",
                (keycloakUp - started) / 1e9, s.portalUrl());
        Map<String, String> env = PayaraServer.environment(s);
        // The annex templates are read from the working copy: an edit shows in the next generated PDF.
        env.put("VRM_ANNEX_TEMPLATES_DIR", basedir.resolve("contracts-templates").toAbsolutePath().toString());
        servers[1] = PayaraServer.start(s, env, "portal.log");
        long portalUp = System.nanoTime();

        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" 高知市 委託先・外部サービス リスク管理ポータル");
        System.out.printf(" Portal:   %s/   (ready %.1f s after start, %.1f s after Keycloak)%n", s.portalUrl(),
                (portalUp - started) / 1e9, (portalUp - keycloakUp) / 1e9);
        System.out.println(" Keycloak: " + s.keycloakUrl() + "/admin/  (master admin: admin / "
                + s.keycloakAdminPassword() + ")");
        System.out.println(" Data:     " + dataDir + "   (logs in " + dataDir.resolve("logs") + ")");
        if (mail[0] != null) {
            System.out.println(" Mail:     localhost:" + s.mailPort() + " (development SMTP server: invitation links are "
                    + "printed below as they arrive; .eml files in " + dataDir.resolve("mail") + ")");
        }
        System.out.println();
        System.out.println(" Demo accounts (DEMO ONLY, exempt from TOTP), password for all: Demo-Pass-2026!");
        System.out.println("   procurement-demo   調達・契約担当 (procurement)");
        System.out.println("   security-demo      情報セキュリティ責任者 (security-officer)");
        System.out.println("   sns-demo           SNSアカウント責任者 (sns-owner)");
        System.out.println("   contractor-demo    委託事業者 (contractor: 株式会社高知データサービス)");
        System.out.println("   contractor-demo-b  委託事業者 (contractor: 有限会社はりまや印刷)");
        System.out.println("   auditor-demo       監査担当 (auditor)");
        System.out.println("   admin-demo         システム管理者 (admin)");
        System.out.println("   lead-demo          調達・契約担当 + 情報セキュリティ責任者 (shows the four-eyes rule)");
        System.out.println("   procurement-mfa    調達・契約担当, TOTP enforced (set it up at first sign-in)");
        System.out.println();
        System.out.println(" Stop with Ctrl+C. Start again to keep the data; add -Dreset to start from scratch.");
        System.out.println("==================================================================");
        if (System.getProperty("benchmark") != null) {
            reportStartupFigures(s, servers[1], (keycloakUp - started) / 1e9, (portalUp - keycloakUp) / 1e9);
            System.exit(0);
        }
        stopped.await();
    }

    /**
     * {@code -Dbenchmark}: the start-up figures of BENCHMARKS.md. Loads the public page and the health
     * endpoints a few times (as a user and the orchestrator would), then reads the portal's resident memory.
     */
    private static void reportStartupFigures(StackSettings s, ServerProcess portal, double keycloakSeconds,
            double portalSeconds) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            for (String url : new String[] {s.portalUrl() + "/index.xhtml", s.managementUrl() + "/health/ready"}) {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
        }
        long rssKib = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + portal.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rssKib = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        System.out.printf("BENCHMARK keycloak_up_s=%.1f portal_ready_after_keycloak_s=%.1f portal_rss_mib=%d%n",
                keycloakSeconds, portalSeconds, rssKib / 1024);
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Secrets for this installation, generated on first run and kept (owner-readable only) in the data folder. */
    private static Properties secrets(Path dataDir) throws IOException {
        Path file = dataDir.resolve("secrets.properties");
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newInputStream(file)) {
                p.load(in);
            }
            return p;
        }
        SecureRandom random = new SecureRandom();
        for (String key : new String[] {"oidc", "provisioning", "keycloakAdmin"}) {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            p.setProperty(key, HexFormat.of().formatHex(bytes));
        }
        try (var out = Files.newOutputStream(file)) {
            p.store(out, "Generated secrets of this demo installation (client secrets and Keycloak admin password)");
        }
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return p;
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
