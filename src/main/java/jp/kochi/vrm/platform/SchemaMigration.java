package jp.kochi.vrm.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * How the portal's schema is migrated: Flyway with the shared scripts and each database's own, and on PostgreSQL with
 * a separate owner role ({@code VRM_DB_MIGRATION_USER}) the grants of the runtime role after every migration
 * ({@code db/postgresql-runtime/afterMigrate__runtime_grants.sql}): what the portal uses on every table and sequence,
 * and on {@code audit_entry} only SELECT, INSERT and UPDATE of {@code details} (redaction). Also the check, at
 * start-up, of what the runtime role can do to the audit log.
 */
public final class SchemaMigration {

    /** The Flyway location of the runtime role's grants (an {@code afterMigrate} callback, PostgreSQL only). */
    public static final String RUNTIME_GRANTS_LOCATION = "classpath:db/postgresql-runtime";
    /** The placeholder naming the runtime role in the grants. */
    public static final String RUNTIME_ROLE_PLACEHOLDER = "runtime_role";

    private SchemaMigration() {
    }

    /** The shared scripts, plus each database's own (indexes that only one of them needs or can express). */
    public static String[] migrationLocations(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration", "classpath:db/h2"};
    }

    /**
     * Flyway for the portal's schema, without a data source yet. With {@code runtimeRole} (PostgreSQL only; the
     * configuration then has to connect as the owner) each migrate ends by granting that role what the portal uses;
     * with {@code null} the migrating role is the portal's own and nothing is granted.
     */
    public static FluentConfiguration configure(ClassLoader classLoader, DatabaseKind kind, String runtimeRole) {
        List<String> locations = new ArrayList<>(List.of(migrationLocations(kind)));
        FluentConfiguration flyway = Flyway.configure(classLoader);
        if (runtimeRole != null) {
            if (kind != DatabaseKind.POSTGRESQL) {
                throw new IllegalArgumentException("A separate runtime role exists on PostgreSQL only");
            }
            if (runtimeRole.isBlank() || runtimeRole.indexOf('"') >= 0 || runtimeRole.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("Not a usable role name for GRANT");
            }
            locations.add(RUNTIME_GRANTS_LOCATION);
            flyway.placeholders(Map.of(RUNTIME_ROLE_PLACEHOLDER, runtimeRole));
        }
        return flyway.locations(locations.toArray(String[]::new));
    }

    /**
     * What the connection's role (the portal's runtime role) could do to the audit log beyond adding and reading
     * entries and redacting their details, on PostgreSQL: "superuser", "UPDATE", "DELETE", "TRUNCATE" (of the
     * whole table), "UPDATE (column)" of another column. Empty when the log is protected from that role.
     */
    public static List<String> auditLogWeaknesses(Connection runtime) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement st = runtime.prepareStatement("SELECT rolsuper, has_table_privilege('audit_entry', "
                + "'UPDATE'), has_table_privilege('audit_entry', 'DELETE'), has_table_privilege('audit_entry', "
                + "'TRUNCATE') FROM pg_roles WHERE rolname = current_user");
                ResultSet rs = st.executeQuery()) {
            if (rs.next()) {
                if (rs.getBoolean(1)) {
                    found.add("superuser");
                }
                String[] names = {"UPDATE", "DELETE", "TRUNCATE"};
                for (int i = 0; i < names.length; i++) {
                    if (rs.getBoolean(i + 2)) {
                        found.add(names[i]);
                    }
                }
            }
        }
        if (!found.contains("UPDATE")) {
            try (PreparedStatement st = runtime.prepareStatement("SELECT attname FROM pg_attribute WHERE attrelid = "
                    + "'audit_entry'::regclass AND attnum > 0 AND NOT attisdropped AND attname <> 'details' AND "
                    + "has_column_privilege('audit_entry', attnum, 'UPDATE') ORDER BY attnum");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add("UPDATE (" + rs.getString(1) + ")");
                }
            }
        }
        return found;
    }
}
