package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro with the portal's WAR, configured only through environment variables (the same ones an
 * operator sets in production; see the README). Its runtime is unpacked once into the data folder.
 */
public final class PayaraServer {

    private PayaraServer() {
    }

    /** The portal's environment for these settings. */
    public static Map<String, String> environment(StackSettings s) {
        Map<String, String> env = new HashMap<>();
        env.put("VRM_DB_URL", s.dbUrl());
        if (s.dbUser() != null) {
            env.put("VRM_DB_USER", s.dbUser());
        }
        if (s.dbPassword() != null) {
            env.put("VRM_DB_PASSWORD", s.dbPassword());
        }
        env.put("VRM_OIDC_PROVIDER_URI", s.realmUrl());
        env.put("VRM_OIDC_CLIENT_ID", "vrm-portal");
        env.put("VRM_OIDC_CLIENT_SECRET", s.oidcClientSecret());
        env.put("VRM_PROVISIONING_CLIENT_SECRET", s.provisioningClientSecret());
        env.put("VRM_PORTAL_URL", s.portalUrl());
        env.put("VRM_DATA_DIR", s.dataDir().toAbsolutePath().resolve("files").toString());
        env.put("VRM_DEMO_DATA", Boolean.toString(s.demoData()));
        env.put("VRM_MAIL_HOST", s.mailHost());
        env.put("VRM_MAIL_PORT", Integer.toString(s.mailPort()));
        return env;
    }

    /** The post-boot line that deploys the portal at {@code /vrm} on the virtual server of the portal's port only. */
    static String deployCommand(Path war) {
        return "deploy --name=vrm --contextroot=" + StackSettings.CONTEXT_ROOT + " --virtualservers=server "
                + war.toAbsolutePath();
    }

    /** The portal's Payara settings, kept beside its sources (the realm folder's sibling {@code src/main/server}). */
    static Path serverSettings(StackSettings s) {
        return s.realmDir().toAbsolutePath().getParent().resolve("src/main/server/pre-boot-commands.asadmin");
    }

    /**
     * The portal's request threads ({@code VRM_HTTP_THREADS}, read by Payara from the pre-boot file): as set in the
     * given environment or this process's, else one per core of this machine, at least 2. Page requests are work for
     * the processor (the embedded database included), and a few threads finish them sooner, one after the other, than
     * Payara's 200 sharing the cores (BENCHMARKS.md, "Request threads").
     */
    public static String requestThreads(Map<String, String> environment) {
        String set = environment.getOrDefault("VRM_HTTP_THREADS", System.getenv("VRM_HTTP_THREADS"));
        return set != null ? set : Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Starts the portal and waits until it is ready (MicroProfile Health readiness UP). */
    public static ServerProcess start(StackSettings s, Map<String, String> environment, String logName)
            throws IOException, InterruptedException {
        ServerProcess process = launch(s, environment, logName);
        try {
            process.awaitHttp(s.managementUrl() + "/health/ready", 200, Duration.ofSeconds(240));
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
        return process;
    }

    /** Starts the portal without waiting for readiness (for tests of a portal that must not become ready). */
    public static ServerProcess launch(StackSettings s, Map<String, String> environment, String logName)
            throws IOException {
        ServerProcess.requireFreePort(s.portalPort(), "the portal");
        ServerProcess.requireFreePort(s.managementPort(), "the portal's management listener");
        Path jar = s.distDir().resolve("payara-micro.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Payara Micro not found at " + jar + " (the Maven build fetches it)");
        }
        if (!Files.isRegularFile(s.war())) {
            throw new IllegalStateException("Portal WAR not found at " + s.war() + " (build it with ./mvnw package)");
        }
        Path root = s.dataDir().resolve("payara-" + s.portalPort());
        // The runtime folder remembers deployed applications; a rebuilt WAR must never meet a stale copy.
        RunPortal.deleteTree(root.resolve("runtime"));
        Files.createDirectories(root);
        Path preBoot = root.resolve("pre-boot-commands.asadmin");
        // The portal's own server settings (src/main/server, as in production), then the Hazelcast port: Payara
        // Micro opens one even without clustering, so keep it off the common range.
        Files.writeString(preBoot, Files.readString(serverSettings(s)) + "\n"
                + "set configs.config.server-config.hazelcast-config-specific-configuration.config-specific-data-grid-start-port="
                + s.hazelcastPort() + "\n");
        // The post-boot settings, then the portal's deployment on the portal's own virtual server only (deployed to
        // the management listener's too, as --deploy does, Faces starts twice in one class loader and fails).
        Path postBoot = root.resolve("post-boot-commands.asadmin");
        Files.writeString(postBoot, Files.readString(serverSettings(s).resolveSibling("post-boot-commands.asadmin"))
                + "\n" + deployCommand(s.war()) + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Xss1m", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Tokyo", "-Duser.language=ja",
                "-jar", jar.toString(),
                "--port", Integer.toString(s.portalPort()),
                "--rootdir", root.resolve("runtime").toString(),
                "--nocluster", "--disablephonehome",
                "--prebootcommandfile", preBoot.toString(),
                "--postbootcommandfile", postBoot.toString()));
        Map<String, String> env = new HashMap<>(environment);
        env.put("VRM_HTTP_THREADS", requestThreads(environment));
        env.putIfAbsent("VRM_MANAGEMENT_PORT", Integer.toString(s.managementPort()));
        return new ServerProcess("Portal", command, env, root, s.dataDir().resolve("logs/" + logName));
    }
}
