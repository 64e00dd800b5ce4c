package jp.kochi.vrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.contractor.PagingDatabase;
import jp.kochi.vrm.devstack.ContractSeeder;
import jp.kochi.vrm.devstack.ContractorSeeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract list is paged in the database ({@link ContractListQueries}) and shows what the whole list showed
 * before: the same order (newest period first, then number), the same status filter and count, and the same overdue
 * counts as {@link Obligation#isOverdueOn}. 600 contractors with about 600 contracts and their obligations and
 * submissions (the load benchmark's seeders) over the portal's Flyway schema in an in-memory H2 database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractListQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String ORDER = " ORDER BY period_start DESC, contract_number, id";

    private PagingDatabase db;
    private EntityManager em;
    private ContractListQueries queries;

    @BeforeAll
    void seed(@TempDir Path files) throws Exception {
        db = PagingDatabase.open("contract_list_test", "contract-list-test/META-INF/persistence.xml", "contract-list-test");
        try (Connection c = db.connection()) {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO department (id, code, name, active, version) VALUES (1, 'D001', '総務課', TRUE, 0)");
            }
            ContractorSeeder contractors = new ContractorSeeder(c, TODAY);
            long[] ids = contractors.seed(600);
            new ContractSeeder(c, TODAY, files).seed(ids[0], ids[1]);
        }
        db.emf().createEntityManager().close();
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        queries = new ContractListQueries(em);
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    @Test
    void pagesInTheListsOrderNewestPeriodFirst() throws SQLException {
        List<Long> all = ids("SELECT id FROM contract" + ORDER);
        assertTrue(all.size() > 300, "seeded contracts: " + all.size());
        assertEquals(all.subList(0, 50), idsOf(queries.page(null, 0, 50)));
        assertEquals(all.subList(150, 200), idsOf(queries.page(null, 150, 50)));
        assertEquals(all.subList(all.size() - 7, all.size()), idsOf(queries.page(null, all.size() - 7, 50)));
        assertEquals(List.of(), queries.page(null, all.size(), 50));
    }

    @Test
    void filtersAndCountsByStatus() throws SQLException {
        List<Long> running = ids("SELECT id FROM contract WHERE status = 'IN_PROGRESS'" + ORDER);
        assertEquals(running.subList(20, 40), idsOf(queries.page(ContractStatus.IN_PROGRESS, 20, 20)));
        assertTrue(queries.page(ContractStatus.IN_PROGRESS, 0, 50).stream()
                .allMatch(c -> c.getStatus() == ContractStatus.IN_PROGRESS));
        assertEquals(running.size(), queries.count(ContractStatus.IN_PROGRESS));
        assertEquals(ids("SELECT id FROM contract").size(), queries.count(null));
    }

    @Test
    void countsOverdueObligationsOfAPageAsTheObligationsThemselvesDo() {
        List<Contract> page = queries.page(null, 0, 200);
        Map<Long, Long> expected = new HashMap<>();
        for (Contract c : page) {
            long n = c.getObligations().stream().filter(o -> o.isOverdueOn(TODAY)).count();
            if (n > 0) {
                expected.put(c.getId(), n);
            }
        }
        assertTrue(expected.size() > 10, "contracts with overdue obligations on the page: " + expected.size());
        assertEquals(expected, queries.overdueCounts(idsOf(page), TODAY));
        assertEquals(Map.of(), queries.overdueCounts(List.of(), TODAY));
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<Long> idsOf(List<Contract> contracts) {
        return contracts.stream().map(Contract::getId).toList();
    }
}
