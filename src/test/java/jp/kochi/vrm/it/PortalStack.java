package jp.kochi.vrm.it;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.kochi.vrm.platform.ClockProducer;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import jp.kochi.vrm.devstack.KeycloakServer;
import jp.kochi.vrm.devstack.PayaraServer;
import jp.kochi.vrm.devstack.RunPortal;
import jp.kochi.vrm.devstack.ServerProcess;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts Keycloak and the portal once for the whole test run (the first test class that needs them) and
 * stops them when the run ends. Keycloak starts from a fresh realm import and the portal from an empty
 * database every run, so tests see exactly the demo data and what they create themselves.
 */
public final class PortalStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final Object LOCK = new Object();
    /** The moment the portal's clock starts from in this run: the suite's day ({@code -Dit.today}) at 09:00 JST. */
    private static final OffsetDateTime CLOCK_START = LocalDate.parse(System.getProperty("it.today", "2026-11-16"))
            .atTime(9, 0).atOffset(ZoneOffset.ofHours(9));
    /** The same clock on this side: it starts at {@link #CLOCK_START} when the class loads and runs on from there. */
    private static final Clock CLOCK = ClockProducer.startingAt(CLOCK_START);
    /** The portal's Keycloak synchronisation period in the tests. */
    public static final int KEYCLOAK_SYNC_SECONDS = 5;
    private static StackSettings settings;
    private static ServerProcess keycloak;
    private static ServerProcess portal;
    private static Map<String, String> startedEnvironment;
    /** Between the portal and PostgreSQL (null on H2, which runs inside the portal's process). */
    private static TcpProxy databaseProxy;
    /** Why the stack could not start, so later test classes report it instead of starting it again. */
    private static Exception startFailure;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (LOCK) {
            if (settings != null) {
                return;
            }
            if (startFailure != null) {
                throw new IllegalStateException("The portal stack failed to start earlier in this run (logs kept in "
                        + "target/it/stack/logs): " + startFailure.getMessage(), startFailure);
            }
            try {
                start(context);
            } catch (Exception e) {
                startFailure = e;
                close();
                throw e;
            }
        }
    }

    private void start(ExtensionContext context) throws Exception {
        StackSettings s = settings();
        long t0 = System.nanoTime();
        // Fresh realm and fresh portal database; the unpacked Keycloak itself is kept between runs.
        RunPortal.deleteTree(s.dataDir().resolve("keycloak-" + s.keycloakVersion() + "/data/h2"));
        RunPortal.deleteTree(s.dataDir().resolve("db"));
        RunPortal.deleteTree(s.dataDir().resolve("logs"));
        // The audit anchors belong to the database they checkpoint: kept, they would contradict the fresh one.
        RunPortal.deleteTree(s.dataDir().resolve("files/audit-anchor"));
        if ("postgresql".equals(databaseKind())) {
            resetPostgresql(s);
        }
        keycloak = KeycloakServer.start(s);
        long t1 = System.nanoTime();
        Map<String, String> environment = new java.util.HashMap<>(PayaraServer.environment(s));
        // Accounts left pending while Keycloak was down reach it within seconds, not the production minute.
        environment.put("VRM_KEYCLOAK_SYNC_SECONDS", Integer.toString(KEYCLOAK_SYNC_SECONDS));
        // Reminders run only when ReminderIT starts them, so no other test sees their mails.
        environment.put("VRM_REMINDERS_HOURS", "off");
        // The portal's clock starts on the suite's fixed day, whatever the calendar says (tests read it: today()).
        environment.put("VRM_CLOCK_START", CLOCK_START.toString());
        // An unacknowledged incident report is escalated after one office minute, so IncidentJourneyIT sees it.
        environment.put("VRM_INCIDENT_ACK_MINUTES", "1");
        environment.put("VRM_INCIDENT_ESCALATION_MAIL", "ciso@example.jp");
        if (migrationUser() != null) {
            // As in production: the owner role migrates and grants the runtime role (it.db.user) what it uses.
            environment.put("VRM_DB_MIGRATION_USER", migrationUser());
            environment.put("VRM_DB_MIGRATION_PASSWORD", migrationPassword());
        }
        if ("postgresql".equals(databaseKind())) {
            // The portal reaches PostgreSQL through a relay, so that FaultIT can cut it as a restart would.
            URI target = URI.create(s.dbUrl().substring("jdbc:".length()));
            databaseProxy = new TcpProxy(target.getHost(), target.getPort());
            environment.put("VRM_DB_URL", s.dbUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + databaseProxy.port() + "/"));
        }
        startedEnvironment = environment;
        portal = PayaraServer.start(s, environment, "portal.log");
        long t2 = System.nanoTime();
        System.out.printf("[PortalStack] Keycloak up in %.1f s, portal ready %.1f s later (%s database)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, databaseKind());
        settings = s;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PortalStack.class.getName(), this);
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            if (portal != null) {
                portal.close();
            }
            if (keycloak != null) {
                keycloak.close();
            }
            if (databaseProxy != null) {
                try {
                    databaseProxy.close();
                } catch (java.io.IOException e) {
                    // closing anyway
                }
            }
        }
    }

    /**
     * Kills the portal at once (SIGKILL: no shutdown hook, no transaction finished) and starts it again on the same
     * database, waiting until it is ready. Sessions do not survive; other test classes never see it down.
     */
    public static void killAndRestartPortal(WhileDown whileDown) throws Exception {
        synchronized (LOCK) {
            StackSettings s = current();
            ProcessHandle handle = ProcessHandle.of(portal.pid()).orElseThrow();
            List<ProcessHandle> children = handle.descendants().toList();
            handle.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            try {
                whileDown.run();
            } finally {
                try {
                    portal = PayaraServer.start(s, startedEnvironment, "portal-after-kill.log");
                } catch (IllegalStateException bootFailed) {
                    // Payara Micro once failed to boot its own configuration right after the kill (a missing
                    // monitoring service in its domain, before the portal deployed); one more start, logged apart.
                    System.out.println("[PortalStack] restart after the kill failed (" + bootFailed.getMessage()
                            + "); starting once more");
                    portal = PayaraServer.start(s, startedEnvironment, "portal-after-kill-2.log");
                }
            }
        }
    }

    /** The relay to PostgreSQL, or null when the database runs inside the portal (H2). */
    public static TcpProxy databaseProxy() {
        return databaseProxy;
    }

    /** Something to do while Keycloak is stopped. */
    @FunctionalInterface
    public interface WhileDown {
        void run() throws Exception;
    }

    /**
     * Stops the shared Keycloak, runs {@code action}, then starts Keycloak again on the same data (the realm and
     * its users stay) and waits until it answers: about 15 s. Other test classes never see it down.
     */
    public static void withKeycloakStopped(WhileDown action) throws Exception {
        synchronized (LOCK) {
            StackSettings s = current();
            keycloak.close();
            try {
                action.run();
            } finally {
                keycloak = KeycloakServer.start(s);
            }
        }
    }

    /** Now, by the portal's clock (the suite's fixed day, not the calendar's), in Japan Standard Time. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(CLOCK);
    }

    /** Today, by the portal's clock. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    static String databaseKind() {
        return System.getProperty("it.db", "h2");
    }

    /**
     * The PostgreSQL role that owns the schema and migrates it ({@code -Dit.db.migration-user}), when it is not the
     * portal's runtime role ({@code -Dit.db.user}); null on H2 or when the runtime role migrates itself.
     */
    public static String migrationUser() {
        String user = System.getProperty("it.db.migration-user");
        return "postgresql".equals(databaseKind()) && user != null && !user.isBlank()
                && !user.equals(System.getProperty("it.db.user")) ? user : null;
    }

    private static String migrationPassword() {
        return System.getProperty("it.db.migration-password", "");
    }

    private static StackSettings settings() {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).toAbsolutePath();
        Path dataDir = work.resolve("stack");
        boolean postgres = "postgresql".equals(databaseKind());
        String url = postgres ? required("it.db.url") : StackSettings.h2Url(dataDir, true);
        return new StackSettings(
                Integer.getInteger("it.portal.port", 18080),
                Integer.getInteger("it.keycloak.port", 18180),
                Integer.getInteger("it.keycloak.management-port", 18190),
                Integer.getInteger("it.hazelcast.port", 5960),
                dataDir,
                Path.of(required("vrm.dist.dir")),
                Path.of(required("vrm.war")),
                Path.of(required("vrm.realm.dir")),
                required("vrm.keycloak.version"),
                url,
                postgres ? System.getProperty("it.db.user") : "sa",
                postgres ? System.getProperty("it.db.password") : null,
                true,
                // Random and longer than 32 characters, as a portal without demo data requires (RealmSplitIT).
                "it-portal-secret-" + java.util.UUID.randomUUID().toString().replace("-", ""),
                "it-provisioning-secret-" + java.util.UUID.randomUUID().toString().replace("-", ""),
                "it-admin-" + Long.toHexString(System.nanoTime()),
                "localhost",
                Integer.getInteger("it.mail.port", 18025));
    }

    /**
     * Drops and recreates the public schema, so every run starts from an empty PostgreSQL database; as the owner role
     * when there is one (the runtime role may not).
     */
    private static void resetPostgresql(StackSettings s) throws SQLException {
        try (Connection c = ownerDatabase(s); var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run the tests with "
                    + "./mvnw verify, which sets it)");
        }
        return value;
    }

    public static StackSettings current() {
        if (settings == null) {
            throw new IllegalStateException("PortalStack not started: annotate the test with @ExtendWith(PortalStack.class)");
        }
        return settings;
    }

    /**
     * A direct connection to the portal's database with the portal's own credential (on PostgreSQL with an owner
     * role, the runtime role: it cannot change or remove audit entries), for tests that play the part of an attacker
     * with SQL.
     */
    public static Connection database(StackSettings s) throws SQLException {
        return DriverManager.getConnection(s.dbUrl(), s.dbUser(), s.dbPassword() == null ? "" : s.dbPassword());
    }

    /**
     * A direct connection as the schema's owner (the migration role on PostgreSQL when there is one; otherwise the
     * portal's own credential), for tests that play the part of someone holding the database itself.
     */
    public static Connection ownerDatabase(StackSettings s) throws SQLException {
        return migrationUser() == null ? database(s)
                : DriverManager.getConnection(s.dbUrl(), migrationUser(), migrationPassword());
    }

    /** The environment the portal was started with, for tests that start a second, misconfigured portal. */
    public static Map<String, String> portalEnvironment() {
        Map<String, String> environment = new java.util.HashMap<>(PayaraServer.environment(current()));
        if (migrationUser() != null) {
            environment.put("VRM_DB_MIGRATION_USER", migrationUser());
            environment.put("VRM_DB_MIGRATION_PASSWORD", migrationPassword());
        }
        return environment;
    }
}
