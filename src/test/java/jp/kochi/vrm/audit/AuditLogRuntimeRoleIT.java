package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.platform.DatabaseKind;
import jp.kochi.vrm.platform.SchemaMigration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On PostgreSQL, the portal's schema migrated as the owner role ({@code -Dit.db.migration-user}) the way the portal
 * does it at start-up ({@link SchemaMigration}), in a schema of its own ({@value #SCHEMA}) of the {@code it.db.url}
 * database, then used with the runtime credential ({@code -Dit.db.user}): the audit log works (append, keyed start,
 * redaction, verification, anchor), but the runtime role cannot update, delete or truncate audit entries, nor drop
 * or alter what the owner owns, while it keeps what it needs on every other table. Skipped on H2 (one user).
 */
@Tag("database")
class AuditLogRuntimeRoleIT {

    static final String SCHEMA = "audit_role_it";
    /** Insufficient privilege. */
    static final String REFUSED = "42501";

    private static PGSimpleDataSource owner;
    private static PGSimpleDataSource runtime;
    private static String runtimeRole;

    @TempDir
    static Path anchors;

    @BeforeAll
    static void migrateAsTheOwner() throws SQLException {
        assumeTrue("postgresql".equals(System.getProperty("it.db", "h2")), "PostgreSQL only (-Dit.db=postgresql)");
        String url = required("it.db.url");
        runtimeRole = required("it.db.user");
        String ownerRole = required("it.db.migration-user");
        assertFalse(ownerRole.equals(runtimeRole), "the owner and the runtime role must differ");
        owner = dataSource(url, ownerRole, System.getProperty("it.db.migration-password", ""));
        runtime = dataSource(url, runtimeRole, System.getProperty("it.db.password", ""));
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        migrate();
    }

    @AfterAll
    static void dropTheSchema() throws SQLException {
        if (owner != null) {
            try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private static PGSimpleDataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        // Unqualified names resolve in SCHEMA only, for Flyway, the audit log and the statements below.
        ds.setCurrentSchema(SCHEMA);
        return ds;
    }

    /** As the portal migrates at start-up with a separate owner role, plus {@code extraLocations}. */
    private static void migrate(String... extraLocations) {
        FluentConfiguration flyway = SchemaMigration.configure(AuditLogRuntimeRoleIT.class.getClassLoader(),
                DatabaseKind.POSTGRESQL, runtimeRole).dataSource(owner).schemas(SCHEMA);
        List<String> locations = new ArrayList<>();
        for (var l : flyway.getLocations()) {
            locations.add(l.getDescriptor());
        }
        locations.addAll(List.of(extraLocations));
        flyway.locations(locations.toArray(String[]::new)).load().migrate();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is required with -Dit.db=postgresql"
                    + " (the owner role migrates, the runtime role runs the portal: see .ci/run)");
        }
        return value;
    }

    private static int runtimeUpdate(String sql) throws SQLException {
        try (Connection c = runtime.getConnection(); Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    private static long runtimeLong(String sql) throws SQLException {
        try (Connection c = runtime.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static void assertRefused(String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = runtime.getConnection(); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }, sql);
        assertEquals(REFUSED, e.getSQLState(), sql + ": " + e.getMessage());
    }

    /** The portal's audit log over the runtime credential, with its own anchor file. */
    private static AuditLog auditLog(String anchorFolder) {
        return new AuditLog(runtime, new CallerContext(), Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"),
                ZoneOffset.UTC), new ChainKey("a-test-audit-key-of-32-bytes-or-more".getBytes()),
                anchors.resolve(anchorFolder));
    }

    @Test
    void theRuntimeRoleAddsAndReadsAuditEntriesButCannotChangeOrRemoveThem() throws SQLException {
        AuditLog log = auditLog("entries");
        log.startKeyedChain(true);
        log.recordSignIn("staff-a", "procurement");
        log.recordRefusal("staff-a", "Vettings.approve", "vetting.selfApproval");
        long head = runtimeLong("SELECT last_seq FROM audit_chain_head WHERE id = 1");
        assertTrue(head >= 2, "entries were added through the runtime role");
        assertEquals(head, runtimeLong("SELECT COUNT(*) FROM audit_entry"));

        // An insider with the portal's credential tries to rewrite or remove what was logged.
        assertRefused("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 1");
        assertRefused("UPDATE audit_entry SET entry_hash = prev_hash");
        assertRefused("UPDATE audit_entry SET details = details, details_digest = NULL WHERE seq = 1");
        assertRefused("DELETE FROM audit_entry WHERE seq = 1");
        assertRefused("DELETE FROM audit_entry");
        assertRefused("TRUNCATE audit_entry");
        assertRefused("ALTER TABLE audit_entry DISABLE TRIGGER ALL");
        assertRefused("DROP TABLE audit_entry");
        assertRefused("DELETE FROM audit_chain_head");
        assertRefused("INSERT INTO audit_chain_head (id, last_seq, last_hash) SELECT 2, last_seq, last_hash"
                + " FROM audit_chain_head");
        assertEquals(head, runtimeLong("SELECT COUNT(*) FROM audit_entry"), "nothing was removed");
        try (Connection c = runtime.getConnection()) {
            assertEquals(List.of(), SchemaMigration.auditLogWeaknesses(c));
        }
        ChainVerifier.Result result = log.verify();
        assertTrue(result.intact(), result::toString);

        // INSERT is granted as such, also to a statement of one's own (far beyond the head, which verification
        // reads up to, so the chain the other tests write is not disturbed).
        assertEquals(1, runtimeUpdate("INSERT INTO audit_entry (seq, occurred_at, actor, action, details, prev_hash,"
                + " entry_hash) VALUES (900000000, CURRENT_TIMESTAMP, 'x', 'SIGN_IN', '{}', '" + "0".repeat(64)
                + "', '" + "0".repeat(64) + "')"));
    }

    @Test
    void theOwnerHoldsWhatTheRuntimeRoleDoesNotAndTheStartUpCheckSeesIt() throws SQLException {
        try (Connection c = owner.getConnection()) {
            List<String> weaknesses = SchemaMigration.auditLogWeaknesses(c);
            assertTrue(weaknesses.containsAll(List.of("UPDATE", "DELETE", "TRUNCATE")), weaknesses.toString());
        }
    }

    @Test
    void aSecurityOfficersRedactionIsTheOneChangeTheRuntimeRoleCanMakeAndTheChainStillVerifies() throws SQLException {
        AuditLog log = auditLog("redaction");
        log.startKeyedChain(true);
        log.recordRefusal("sns-demo", "SnsAccounts.create", "パスワード Kochi-2026-x を誤って入力");
        long secret = runtimeLong("SELECT last_seq FROM audit_chain_head WHERE id = 1");
        log.recordSignIn("staff-a", "auditor");
        log.redactEntry(secret, "パスワードを誤って記録したため");
        try (Connection c = runtime.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT details FROM audit_entry WHERE seq = " + secret)) {
            assertTrue(rs.next());
            assertEquals(AuditChain.REDACTED, rs.getString(1));
        }
        log.checkpoint();
        ChainVerifier.Result result = log.verify();
        assertTrue(result.intact(), result::toString);
    }

    @Test
    void everyMigrateGrantsAgainSoLaterTablesAndDriftedRightsComeRight() throws SQLException {
        // A well-meant grant by hand, and a later migration adding a table and a sequence.
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            st.execute("GRANT UPDATE, DELETE, TRUNCATE ON audit_entry TO \"" + runtimeRole + "\"");
        }
        try (Connection c = runtime.getConnection()) {
            assertFalse(SchemaMigration.auditLogWeaknesses(c).isEmpty());
        }
        migrate("classpath:db/runtime-role-it");
        try (Connection c = runtime.getConnection()) {
            assertEquals(List.of(), SchemaMigration.auditLogWeaknesses(c), "the grants are applied after every migrate");
        }
        assertRefused("DELETE FROM audit_entry");

        long id = runtimeLong("SELECT nextval('later_record_seq')");
        assertEquals(1, runtimeUpdate("INSERT INTO later_record (id, label) VALUES (" + id + ", 'a')"));
        assertEquals(1, runtimeUpdate("UPDATE later_record SET label = 'b' WHERE id = " + id));
        assertEquals(1, runtimeUpdate("DELETE FROM later_record WHERE id = " + id));
        assertRefused("TRUNCATE later_record");

        migrate();
        try (Connection c = runtime.getConnection()) {
            assertEquals(List.of(), SchemaMigration.auditLogWeaknesses(c), "a migrate with nothing pending grants too");
        }
    }

    /**
     * A start with the runtime credential alone (no {@code VRM_DB_MIGRATION_USER}) after the owner migrated: Flyway
     * reads the history, finds nothing pending and grants nothing, so an operator may keep the owner's password off
     * the portal's host between upgrades.
     */
    @Test
    void aStartWithTheRuntimeCredentialAloneFindsNothingPendingAndChangesNoRight() throws SQLException {
        migrate("classpath:db/runtime-role-it");
        var result = SchemaMigration.configure(getClass().getClassLoader(), DatabaseKind.POSTGRESQL, null)
                .dataSource(runtime).schemas(SCHEMA).locations(SchemaMigration.migrationLocations(
                        DatabaseKind.POSTGRESQL)[0], SchemaMigration.migrationLocations(DatabaseKind.POSTGRESQL)[1],
                        "classpath:db/runtime-role-it")
                .load().migrate();
        assertEquals(0, result.migrationsExecuted);
        try (Connection c = runtime.getConnection()) {
            assertEquals(List.of(), SchemaMigration.auditLogWeaknesses(c));
        }
    }

    @Test
    void theRuntimeRoleKeepsWhatThePortalUsesOnItsOtherTablesAndNothingMore() throws SQLException {
        long id = runtimeLong("SELECT nextval('department_seq')");
        assertEquals(1, runtimeUpdate("INSERT INTO department (id, code, name, active, version) VALUES ("
                + id + ", 'R" + (id % 1000) + "', '権限試験課', TRUE, 0)"));
        assertEquals(1, runtimeUpdate("UPDATE department SET name = '権限検証課' WHERE id = " + id));
        assertEquals(1, runtimeUpdate("DELETE FROM department WHERE id = " + id));
        assertTrue(runtimeLong("SELECT COUNT(*) FROM flyway_schema_history") > 0, "the history can be read");

        assertRefused("TRUNCATE department");
        assertRefused("ALTER TABLE department ADD COLUMN x INTEGER");
        assertRefused("CREATE TABLE intruder (id INTEGER)");
        assertRefused("DELETE FROM flyway_schema_history");
        assertRefused("UPDATE flyway_schema_history SET checksum = 0");
        assertRefused("SELECT setval('department_seq', 1)");
    }
}
