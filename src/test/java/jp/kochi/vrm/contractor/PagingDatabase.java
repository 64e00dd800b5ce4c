package jp.kochi.vrm.contractor;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import jp.kochi.vrm.platform.DatabaseKind;
import jp.kochi.vrm.platform.PortalStartup;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database of {@link ContractorListPagingIT}: an in-memory H2 database by default; with
 * {@code -Dit.db=postgresql} the PostgreSQL server of {@code it.db.url} / {@code it.db.user} /
 * {@code it.db.password} (or, when given, the owner role {@code it.db.migration-user} / {@code it.db.migration-password},
 * since creating a schema is the owner's right), in a schema of its own ({@value #SCHEMA}, dropped and re-created here) so the
 * portal's tables in that database are never touched. Migrated with the portal's Flyway scripts, read through
 * the portal's JPA mapping by a RESOURCE_LOCAL persistence unit over a {@link CountingDataSource}.
 */
public final class PagingDatabase implements AutoCloseable {

    static final String SCHEMA = "paging_it";
    private static final String PERSISTENCE_XML = "paging-it/META-INF/persistence.xml";

    private final boolean postgresql;
    private final CountingDataSource counting;
    private final EntityManagerFactory emf;

    private PagingDatabase(boolean postgresql, DataSource dataSource, String persistenceXml, String unit) {
        this.postgresql = postgresql;
        this.counting = new CountingDataSource(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.persistencexml", persistenceXml);
        properties.put("jakarta.persistence.nonJtaDataSource", counting.dataSource());
        this.emf = Persistence.createEntityManagerFactory(unit, properties);
    }

    /** Opens (and empties) the test database and migrates it; the persistence unit is not yet deployed. */
    static PagingDatabase open() throws SQLException {
        return open(SCHEMA, PERSISTENCE_XML, "paging-it");
    }

    /**
     * Opens (and empties) a test database of its own, {@code schema} (an in-memory H2 database of that name, or that
     * schema of the PostgreSQL database with {@code -Dit.db=postgresql}), migrated, with the persistence unit
     * {@code unit} of {@code persistenceXml} (a test resource) over it.
     */
    public static PagingDatabase open(String schema, String persistenceXml, String unit) throws SQLException {
        boolean postgresql = "postgresql".equals(System.getProperty("it.db", "h2"));
        DataSource dataSource = postgresql ? openPostgresql(schema) : openH2(schema);
        var flyway = Flyway.configure(PagingDatabase.class.getClassLoader()).dataSource(dataSource);
        flyway.locations(PortalStartup.migrationLocations(postgresql ? DatabaseKind.POSTGRESQL : DatabaseKind.H2));
        if (postgresql) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT CURRENT_SCHEMA")) {
            rs.next();
            if (!(postgresql ? schema : "PUBLIC").equalsIgnoreCase(rs.getString(1))) {
                throw new IllegalStateException("test connections use schema " + rs.getString(1) + ", not " + schema);
            }
        }
        return new PagingDatabase(postgresql, dataSource, persistenceXml, unit);
    }

    private static DataSource openH2(String schema) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        try (Connection c = h2.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
        return h2;
    }

    private static DataSource openPostgresql(String schema) throws SQLException {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(required("it.db.url"));
        String owner = System.getProperty("it.db.migration-user", "");
        if (owner.isBlank()) {
            pg.setUser(required("it.db.user"));
            pg.setPassword(System.getProperty("it.db.password", ""));
        } else {
            pg.setUser(owner);
            pg.setPassword(System.getProperty("it.db.migration-password", ""));
        }
        try (Connection c = pg.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        }
        // Every connection, Flyway's, EclipseLink's and the test's own, resolves unqualified names in SCHEMA only.
        pg.setCurrentSchema(schema);
        return pg;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is required with -Dit.db=postgresql");
        }
        return value;
    }

    public boolean postgresql() {
        return postgresql;
    }

    /** What the application's connections do, recorded. */
    CountingDataSource counting() {
        return counting;
    }

    /** A connection for the test's own inserts and reference queries, not recorded. */
    public Connection connection() throws SQLException {
        return counting.target().getConnection();
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Override
    public void close() {
        emf.close();
    }
}
