package jp.kochi.vrm.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.platform.DatabaseKind;
import jp.kochi.vrm.platform.PortalStartup;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clause library as the migrations seed it, read through the portal's own mapping, and the mandatory
 * clauses the one rule engine picks from it for contracts of every kind, table by table.
 */
class ClauseLibrarySeedTest {

    /** Clauses every contract carries, whatever it handles. */
    private static final String ALWAYS = "SEC-01 SEC-02 SEC-04 SEC-05 SEC-06 SEC-07 SEC-08 SEC-09 SEC-10 SEC-11 SEC-20";
    private static final String PERSONAL = "PI-01 PI-02 PI-03 PI-04 PI-05 PI-06 PI-07 PI-08 PI-09 PI-10 PI-11 PI-12";

    private static EntityManagerFactory emf;
    private static List<Clause> library;
    private static Map<String, ConfidentialityLevel> levels;

    @BeforeAll
    static void migrate() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:clause_library;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure(ClauseLibrarySeedTest.class.getClassLoader()).dataSource(h2)
                .locations(PortalStartup.migrationLocations(DatabaseKind.H2)).load().migrate();
        emf = Persistence.createEntityManagerFactory("clause-library",
                Map.of("eclipselink.persistencexml", "clause-library/META-INF/persistence.xml",
                        "jakarta.persistence.nonJtaDataSource", h2));
        EntityManager em = emf.createEntityManager();
        library = em.createNamedQuery(Clause.ALL, Clause.class).getResultList();
        library.forEach(c -> c.getCurrentVersion().getEvidence());
        levels = em.createQuery("SELECT l FROM ConfidentialityLevel l", ConfidentialityLevel.class).getResultStream()
                .collect(Collectors.toMap(ConfidentialityLevel::getCode, l -> l));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void everyClauseHasACurrentVersionWithKnownPlaceholdersOnly() {
        assertTrue(library.size() >= 30, "seeded clauses: " + library.size());
        for (Clause c : library) {
            ClauseVersion v = c.getCurrentVersion();
            assertNotNull(v, c.getCode());
            assertEquals(List.of(), Placeholders.unknownIn(v.getBody()), c.getCode());
            assertFalse(v.paragraphs().isEmpty(), c.getCode());
            assertFalse(v.getTitle().isBlank(), c.getCode());
            for (EvidenceRequirement e : v.getEvidence()) {
                assertEquals(null, e.problem(), c.getCode() + " " + e.getEvidenceName());
            }
        }
    }

    @Test
    void theEndOfContractDeletionCertificateIsAlwaysRequired() {
        ContractFacts publicWork = facts("1", 1, 1, "", "");
        Set<String> evidence = ClauseSelection.mandatory(library, publicWork).stream()
                .flatMap(m -> m.clause().getCurrentVersion().getEvidence().stream())
                .filter(e -> e.getTiming() == EvidenceTiming.AT_END).map(EvidenceRequirement::getEvidenceName)
                .collect(Collectors.toSet());
        assertTrue(evidence.contains("削除証明書"), evidence.toString());
    }

    /**
     * facts: level, integrity, availability, segments, flags (P personal, M My Number, C cloud, O on site,
     * S subcontracting) → the mandatory clauses besides those every contract carries.
     */
    @ParameterizedTest(name = "{0} I{1} A{2} [{3}] [{4}] → {5}")
    @CsvSource(delimiter = '|', value = {
        "1  | 1 | 1 |                    |       | ",
        "2  | 1 | 1 |                    |       | SEC-12",
        "3C | 1 | 1 | INTERNET           |       | SEC-12",
        "3B | 1 | 1 |                    |       | SEC-12 SEC-16",
        "3A | 1 | 1 |                    |       | SEC-12 SEC-16",
        "2  | 2 | 1 |                    |       | SEC-12 SEC-17",
        "2  | 1 | 2 |                    |       | SEC-03 SEC-12 SEC-17",
        "2  | 1 | 1 | LGWAN              |       | SEC-12 SEC-15",
        "2  | 1 | 1 | MY_NUMBER_USE      |       | SEC-12 SEC-15 MN-01 MN-02",
        "2  | 1 | 1 |                    | C     | SEC-12 SEC-13",
        "2  | 1 | 1 |                    | O     | SEC-12 SEC-14",
        "2  | 1 | 1 |                    | S     | SEC-12",
        "3B | 1 | 1 |                    | P     | SEC-12 SEC-16 " + PERSONAL,
        "3A | 2 | 2 | MY_NUMBER_USE LGWAN | P M C O S | SEC-03 SEC-12 SEC-13 SEC-14 SEC-15 SEC-16 SEC-17 " + PERSONAL + " MN-01 MN-02",
        "1  | 1 | 1 |                    | M     | " + PERSONAL + " MN-01 MN-02",
    })
    void mandatoryClausesFollowFromTheFacts(String level, int integrity, int availability, String segments, String flags,
            String expected) {
        Set<String> chosen = ClauseSelection.mandatory(library, facts(level, integrity, availability, segments, flags))
                .stream().map(m -> m.clause().getCode()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> want = new TreeSet<>(Arrays.asList(ALWAYS.split(" ")));
        if (expected != null) {
            want.addAll(Arrays.asList(expected.trim().split("\\s+")));
        }
        assertEquals(want, chosen);
    }

    @Test
    void optionalClausesAreNeverMandatory() {
        ContractFacts everything = facts("3A", 2, 2, "MY_NUMBER_USE LGWAN INTERNET", "P M C O S");
        Set<String> chosen = ClauseSelection.mandatory(library, everything).stream().map(m -> m.clause().getCode())
                .collect(Collectors.toSet());
        List<String> optional = library.stream().filter(Clause::isAlwaysOptional).map(Clause::getCode).toList();
        assertFalse(optional.isEmpty());
        optional.forEach(code -> assertFalse(chosen.contains(code), code));
    }

    private static ContractFacts facts(String level, int integrity, int availability, String segments, String flags) {
        EnumSet<NetworkSegment> s = EnumSet.noneOf(NetworkSegment.class);
        if (segments != null) {
            Arrays.stream(segments.trim().split("\\s+")).filter(x -> !x.isEmpty()).map(NetworkSegment::valueOf).forEach(s::add);
        }
        String f = flags == null ? "" : flags;
        return new ContractFacts(levels.get(level.trim()), integrity, availability, s, f.contains("P"), f.contains("M"),
                f.contains("C"), f.contains("O"), f.contains("S"));
    }
}
