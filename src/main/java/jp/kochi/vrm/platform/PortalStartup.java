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
import org.flywaydb.core.Flyway;
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
        return kind == DatabaseKind.POSTGRESQL
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration", "classpath:db/h2"};
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
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(migrationLocations(settings.databaseKind()))
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations applied, " + settings.databaseKind() + ")");
        } catch (RuntimeException e) {
            String problem = PortalSettings.DB_URL_ENV + ": the database cannot be reached or migrated ("
                    + rootMessage(e) + ")";
            LOG.severe("Portal NOT started: configuration setting " + problem);
            LOG.log(Level.FINE, "Migration failure", e);
            state.failed(List.of(problem));
            return;
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
