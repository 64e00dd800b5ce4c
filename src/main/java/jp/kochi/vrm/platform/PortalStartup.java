package jp.kochi.vrm.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Start-up of the portal: checks every setting, migrates the schema with Flyway, then lets the
 * capabilities load their demo data. When anything fails it logs one line per setting at fault, and the
 * portal stays closed (pages answer 503, readiness is DOWN) instead of half-working.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = PortalStartup.DATASOURCE,
        className = "jp.kochi.vrm.platform.ConfiguredDataSource",
        url = "${MPCONFIG=vrm.db.url}",
        user = "${MPCONFIG=vrm.db.user}",
        password = "${MPCONFIG=vrm.db.password}",
        minPoolSize = 0,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public class PortalStartup {

    /** JNDI name of the portal's datasource, used by the persistence unit, Flyway and the audit log. */
    public static final String DATASOURCE = "java:app/jdbc/vrm";

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    private PortalSettings settings;

    @Inject
    private StartupState state;

    @Inject
    private Event<PortalStarted> started;

    /** The shared scripts, plus each database's own (indexes that only one of them needs or can express). */
    public static String[] migrationLocations(DatabaseKind kind) {
        return SchemaMigration.migrationLocations(kind);
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            for (String problem : problems) {
                LOG.severe(() -> "Portal NOT started: configuration setting " + problem);
            }
            state.failed(problems);
            return;
        }
        try {
            MigrateResult result = migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations applied, " + settings.databaseKind()
                    + (settings.separateMigrationRole() ? ", as " + PortalSettings.envName(PortalSettings.DB_MIGRATION_USER)
                            + ", rights of the runtime role granted" : "") + ")");
        } catch (RuntimeException e) {
            String problem = (settings.separateMigrationRole()
                    ? PortalSettings.envName(PortalSettings.DB_MIGRATION_USER) + " (with " + PortalSettings.DB_URL_ENV + ")"
                    : PortalSettings.DB_URL_ENV) + ": the database cannot be reached or migrated ("
                    + rootMessage(e) + ")";
            LOG.severe("Portal NOT started: configuration setting " + problem);
            LOG.log(Level.FINE, "Migration failure", e);
            state.failed(List.of(problem));
            return;
        }
        if (settings.databaseKind() == DatabaseKind.POSTGRESQL) {
            warnIfTheRuntimeRoleCanRewriteTheAuditLog();
        }
        try {
            started.fire(new PortalStarted(settings.demoData()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Portal NOT started: loading reference or demo data failed", e);
            state.failed(List.of("start-up data: " + rootMessage(e)));
            return;
        }
        state.succeeded();
        LOG.info("Portal ready");
    }

    /**
     * Migrates as the owner role when one is configured ({@code VRM_DB_MIGRATION_USER}, PostgreSQL), which then grants
     * the runtime role its rights; otherwise through the portal's own datasource, as its own role.
     */
    private MigrateResult migrate() {
        DatabaseKind kind = settings.databaseKind();
        if (!settings.separateMigrationRole()) {
            return SchemaMigration.configure(getClass().getClassLoader(), kind, null)
                    .dataSource(dataSource).load().migrate();
        }
        org.postgresql.ds.PGSimpleDataSource owner = new org.postgresql.ds.PGSimpleDataSource();
        owner.setURL(settings.databaseUrl());
        owner.setUser(settings.migrationUser());
        if (settings.migrationPassword() != null) {
            owner.setPassword(settings.migrationPassword());
        }
        return SchemaMigration.configure(getClass().getClassLoader(), kind, settings.databaseUser())
                .dataSource(owner).load().migrate();
    }

    /**
     * On PostgreSQL the audit log resists the portal's own credential only if its role cannot update, delete or
     * truncate entries: with the runtime role migrating it owns them, and the log is then only as strong as the audit
     * key and its anchors outside the database. Said once at start-up; the portal runs either way.
     */
    private void warnIfTheRuntimeRoleCanRewriteTheAuditLog() {
        List<String> weaknesses;
        try (java.sql.Connection c = dataSource.getConnection()) {
            weaknesses = SchemaMigration.auditLogWeaknesses(c);
        } catch (java.sql.SQLException e) {
            LOG.warning(() -> "The rights of the portal's database role on audit_entry could not be checked ("
                    + rootMessage(e) + ")");
            return;
        }
        if (weaknesses.isEmpty()) {
            LOG.info("Audit log: the portal's database role may add and read entries, and redact their details only");
            return;
        }
        String can = String.join(", ", weaknesses);
        if (!settings.separateMigrationRole()) {
            LOG.warning(() -> "Audit log: " + PortalSettings.envName(PortalSettings.DB_MIGRATION_USER) + " is not set, so"
                    + " the portal's own database role migrates and owns the schema (it holds " + can + " on"
                    + " audit_entry): whoever holds that credential can rewrite the log, which is then only as strong"
                    + " as the audit key (VRM_AUDIT_KEY) and its anchors. Set a separate owner role (SECURITY.md,"
                    + " \"PostgreSQL: a runtime role that may only add audit entries\").");
        } else {
            LOG.warning(() -> "Audit log: the portal's database role (" + PortalSettings.envName(PortalSettings.DB_USER)
                    + ") still holds " + can + " on audit_entry although "
                    + PortalSettings.envName(PortalSettings.DB_MIGRATION_USER) + " migrates: make it neither a"
                    + " superuser nor the owner of the schema's tables (SECURITY.md)");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
