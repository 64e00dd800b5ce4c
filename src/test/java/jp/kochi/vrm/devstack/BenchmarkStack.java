package jp.kochi.vrm.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Keycloak and the portal for a benchmark: its own data folder (never the run command's), a fresh database and
 * realm each run, random secrets, and both servers stopped however the benchmark ends.
 */
public final class BenchmarkStack {

    /** What a benchmark does with the running portal. */
    @FunctionalInterface
    public interface Body {
        void run(ServerProcess portal) throws Exception;
    }

    private BenchmarkStack() {
    }

    /** The benchmark's data folder ({@code -Dvrm.data}, else the default), emptied of the last run's state. */
    public static Path dataDir(String defaultDir) throws java.io.IOException {
        Path dataDir = Path.of(System.getProperty("vrm.data", defaultDir)).toAbsolutePath();
        if (dataDir.startsWith(Path.of(System.getProperty("vrm.basedir", ".")).toAbsolutePath().normalize().resolve("data"))) {
            throw new IllegalStateException("Refusing to use the run command's data folder " + dataDir);
        }
        if (System.getProperty("reset") != null && !"false".equals(System.getProperty("reset"))) {
            RunPortal.deleteTree(dataDir);
        }
        // A fresh database and a fresh realm every run; the unpacked Keycloak is kept (as the tests do).
        RunPortal.deleteTree(dataDir.resolve("keycloak-" + System.getProperty("vrm.keycloak.version") + "/data/h2"));
        RunPortal.deleteTree(dataDir.resolve("db"));
        RunPortal.deleteTree(dataDir.resolve("logs"));
        RunPortal.deleteTree(dataDir.resolve("files"));
        Files.createDirectories(dataDir);
        return dataDir;
    }

    /** Settings on the given default ports (each overridable: -Dvrm.port, -Dkeycloak.port, …). */
    public static StackSettings settings(Path dataDir, int portal, int keycloak, int management, int hazelcast, int mail) {
        return new StackSettings(
                Integer.getInteger("vrm.port", portal),
                Integer.getInteger("keycloak.port", keycloak),
                Integer.getInteger("keycloak.management-port", management),
                Integer.getInteger("hazelcast.port", hazelcast),
                dataDir,
                Path.of(System.getProperty("vrm.dist.dir")),
                Path.of(System.getProperty("vrm.war")),
                Path.of(System.getProperty("vrm.realm.dir")),
                System.getProperty("vrm.keycloak.version"),
                // A password, so that nobody else connects to the benchmark's database through AUTO_SERVER and
                // changes it while it is measured (the database is created by the portal's first connection).
                StackSettings.h2Url(dataDir, true), "sa", secret(),
                true,
                secret(), secret(), secret(),
                "localhost", Integer.getInteger("vrm.mail.port", mail));
    }

    /**
     * Starts Keycloak and the portal with this environment, runs the body, stops both (also on Ctrl-C) and exits
     * with 0, or 1 when anything failed.
     */
    public static void run(StackSettings s, Map<String, String> environment, Body body, Runnable closeClients) {
        ServerProcess[] servers = new ServerProcess[2];
        Thread hook = new Thread(() -> {
            closeClients.run();
            for (int i = servers.length - 1; i >= 0; i--) {
                if (servers[i] != null) {
                    servers[i].close();
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        int exit = 0;
        try {
            long t0 = System.nanoTime();
            System.out.println("[benchmark] Starting Keycloak on " + s.keycloakUrl() + " (log: "
                    + s.dataDir().resolve("logs/keycloak.log") + ") ...");
            servers[0] = KeycloakServer.start(s);
            System.out.printf("[benchmark] Keycloak up after %.1f s. Starting the portal on %s (database %s, user %s, "
                    + "password %s) ...%n", (System.nanoTime() - t0) / 1e9, s.portalUrl(), s.dbUrl(), s.dbUser(),
                    s.dbPassword());
            servers[1] = PayaraServer.start(s, environment, "portal.log");
            System.out.printf("[benchmark] Portal ready after %.1f s.%n", (System.nanoTime() - t0) / 1e9);
            body.run(servers[1]);
        } catch (Exception | Error e) {
            exit = 1;
            System.out.println("[benchmark] FAILED: " + e);
            e.printStackTrace(System.out);
            System.out.println("[benchmark] Logs: " + s.dataDir().resolve("logs"));
        } finally {
            System.out.println("[benchmark] Stopping the portal and Keycloak ...");
            hook.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        System.exit(exit);
    }

    /** Starts and runs without clients of its own to close. */
    public static void run(StackSettings s, Map<String, String> environment, Body body) {
        run(s, environment, body, () -> { });
    }

    static String secret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
