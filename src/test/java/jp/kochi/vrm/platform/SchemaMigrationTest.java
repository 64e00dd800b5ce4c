package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The Flyway set-up of {@link SchemaMigration}: the runtime role's grants only on PostgreSQL with a separate owner
 * role (H2 and a single role migrate as before), and the grants give the runtime role nothing it could rewrite the
 * audit log with. The grants themselves are tried on PostgreSQL by {@code AuditLogRuntimeRoleIT}.
 */
class SchemaMigrationTest {

    /** In name order (Flyway keeps them in its own). */
    private static List<String> locations(FluentConfiguration c) {
        return Arrays.stream(c.getLocations()).map(Location::getDescriptor).sorted().toList();
    }

    @Test
    void h2AndASingleRoleMigrateWithoutGrants() {
        ClassLoader cl = getClass().getClassLoader();
        assertEquals(List.of("classpath:db/h2", "classpath:db/migration"),
                locations(SchemaMigration.configure(cl, DatabaseKind.H2, null)));
        assertEquals(List.of("classpath:db/migration", "classpath:db/postgresql"),
                locations(SchemaMigration.configure(cl, DatabaseKind.POSTGRESQL, null)));
    }

    @Test
    void aSeparateOwnerGrantsTheNamedRuntimeRoleAfterEveryMigrate() {
        FluentConfiguration c = SchemaMigration.configure(getClass().getClassLoader(), DatabaseKind.POSTGRESQL,
                "vrm_app");
        assertEquals(List.of("classpath:db/migration", "classpath:db/postgresql", "classpath:db/postgresql-runtime"),
                locations(c));
        assertEquals("vrm_app", c.getPlaceholders().get(SchemaMigration.RUNTIME_ROLE_PLACEHOLDER));
        assertThrows(IllegalArgumentException.class,
                () -> SchemaMigration.configure(getClass().getClassLoader(), DatabaseKind.H2, "vrm_app"));
        assertThrows(IllegalArgumentException.class, () -> SchemaMigration.configure(getClass().getClassLoader(),
                DatabaseKind.POSTGRESQL, "x\"; DROP SCHEMA public; --"));
    }

    @Test
    void theGrantsGiveTheAuditLogNoUpdateButOfDetailsAndNoDeleteOrTruncate() throws IOException {
        String sql;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("db/postgresql-runtime/afterMigrate__runtime_grants.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = Arrays.stream(sql.replaceAll("(?m)--.*$", "").split(";"))
                .map(s -> s.strip().replaceAll("\\s+", " ")).filter(s -> !s.isEmpty()).toList();
        List<String> onAuditEntry = statements.stream().filter(s -> s.contains(" ON audit_entry ")).toList();
        assertEquals(List.of("REVOKE ALL ON audit_entry FROM \"${runtime_role}\"",
                "GRANT SELECT, INSERT ON audit_entry TO \"${runtime_role}\"",
                "GRANT UPDATE (details) ON audit_entry TO \"${runtime_role}\""), onAuditEntry);
        // Rights on every table are given before the audit tables' own, which then take them back.
        int allTables = statements.indexOf(statements.stream().filter(s -> s.startsWith("GRANT SELECT, INSERT, UPDATE,"
                + " DELETE ON ALL TABLES")).findFirst().orElseThrow());
        assertTrue(allTables < statements.indexOf(onAuditEntry.get(0)));
        assertTrue(statements.stream().noneMatch(s -> s.startsWith("GRANT") && s.contains("TRUNCATE")), statements::toString);
    }
}
