package jp.kochi.vrm.contractor;

import static jp.kochi.vrm.contractor.PagingTestData.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kochi.vrm.contractor.ContractorSearch.Sort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The register list is paged in the database: {@link ContractorQueries} reads one page of rows over JDBC, not
 * the table, and its filters, counts and sorts agree with plain SQL over the same data. Runs without the
 * portal stack: the portal's Flyway scripts and JPA mapping over an in-memory H2 database, or with
 * {@code -Dit.db=postgresql} over schema {@value PagingDatabase#SCHEMA} of the {@code it.db.url} database.
 * What the application reads is counted by {@link CountingDataSource}.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractorListPagingIT {

    /** The database's own paging clause in the SQL sent: LIMIT/OFFSET, OFFSET … FETCH, or ROWNUM. */
    private static final Pattern PAGING_CLAUSE = Pattern.compile(
            "(?is).*(\\bLIMIT\\b.*\\bOFFSET\\b|\\bOFFSET\\b.*\\bFETCH\\s+(FIRST|NEXT)\\b|\\bROWNUM\\b).*");

    private PagingDatabase db;
    private CountingDataSource counting;
    private EntityManager em;
    private ContractorQueries queries;

    @BeforeAll
    void createRegister() throws SQLException {
        db = PagingDatabase.open();
        try (Connection c = db.connection()) {
            PagingTestData.insert(c);
        }
        counting = db.counting();
        // Deploy the persistence unit now, so that a mapping problem fails here and not in the first test.
        db.emf().createEntityManager().close();
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void openEntityManager() {
        em = db.emf().createEntityManager();
        queries = new ContractorQueries(em);
        counting.reset();
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    // --- paging --------------------------------------------------------------------------------------------

    @Test
    void aPageOfTheStatusFilteredKanaListReadsOnlyThatPageFromTheDatabase() throws SQLException {
        ContractorSearch search = new ContractorSearch(null, ContractorStatus.UNDER_REVIEW, null, null, Sort.KANA, true,
                TODAY);
        List<Long> all = jdbcIds("c.status = ?", List.of("UNDER_REVIEW"), "c.kana_key ASC, c.id ASC");
        assertTrue(all.size() > 500, "test data: the filter should leave hundreds of rows, has " + all.size());

        counting.reset();
        List<ContractorListRow> page = queries.page(search, 40, 20);
        List<CountingDataSource.Execution> executed = counting.executions();

        assertEquals(20, page.size());
        assertEquals(all.subList(40, 60), ids(page), "rows 41-60 of the full ordering");
        assertRowsMatchTheTable(page);

        assertEquals(3, executed.size(), "the page query and two certification-date queries: " + executed);
        CountingDataSource.Execution pageQuery = executed.get(0);
        assertTrue(pageQuery.sql().toLowerCase().contains("from contractor"), pageQuery.toString());
        assertTrue(PAGING_CLAUSE.matcher(pageQuery.sql()).matches(), "no paging clause in " + pageQuery);
        assertEquals(20, pageQuery.rowsFetched(), "rows read for the page query: " + pageQuery);
        assertEquals(List.of(), pageQuery.cursorJumps(), "rows skipped by moving the cursor: " + pageQuery);
        for (CountingDataSource.Execution dates : executed.subList(1, 3)) {
            assertTrue(dates.sql().toLowerCase().contains("certification"), dates.toString());
            assertTrue(dates.parameters().values().containsAll(ids(page)), "bounded by the page's ids: " + dates);
            assertTrue(dates.rowsFetched() <= 20, "one row per contractor of the page at most: " + dates);
        }
        assertTrue(executed.stream().mapToInt(CountingDataSource.Execution::rowsFetched).sum() <= 60, executed::toString);
    }

    @Test
    void aPageNearTheEndOfTheWholeRegisterReadsOnlyThatPage() throws SQLException {
        ContractorSearch search = ContractorSearch.all(TODAY);
        List<Long> all = jdbcIds("1 = 1", List.of(), "c.kana_key ASC, c.id ASC");
        assertEquals(PagingTestData.CONTRACTORS, all.size());

        counting.reset();
        List<ContractorListRow> page = queries.page(search, 4_960, 20);

        assertEquals(all.subList(4_960, 4_980), ids(page));
        CountingDataSource.Execution pageQuery = counting.executions().get(0);
        assertTrue(PAGING_CLAUSE.matcher(pageQuery.sql()).matches(), "no paging clause in " + pageQuery);
        assertEquals(20, pageQuery.rowsFetched(), pageQuery.toString());
        assertEquals(List.of(), pageQuery.cursorJumps(), pageQuery.toString());
    }

    @Test
    void theLastPageReturnsTheRemainderAndAPageBeyondItIsEmpty() throws SQLException {
        // The first status and tier whose rows end in a partial page of 20.
        ContractorSearch search = null;
        List<Long> all = List.of();
        for (ContractorStatus status : ContractorStatus.values()) {
            for (RiskTier tier : RiskTier.values()) {
                all = jdbcIds("c.status = ? AND c.risk_tier = ?", List.of(status.name(), tier.name()),
                        "c.kana_key DESC, c.id DESC");
                if (all.size() % 20 != 0 && all.size() > 40) {
                    search = new ContractorSearch(null, status, tier, null, Sort.KANA, false, TODAY);
                    break;
                }
            }
            if (search != null) {
                break;
            }
        }
        assertTrue(search != null, "test data: no status and tier with a partial last page");
        int remainder = all.size() % 20;
        int lastFirst = all.size() - remainder;

        counting.reset();
        List<ContractorListRow> last = queries.page(search, lastFirst, 20);
        assertEquals(all.subList(lastFirst, all.size()), ids(last));
        assertEquals(remainder, counting.executions().get(0).rowsFetched());

        counting.reset();
        assertEquals(List.of(), queries.page(search, all.size(), 20));
        assertEquals(1, counting.executions().size(), "no certification queries for an empty page");
        assertEquals(0, counting.executions().get(0).rowsFetched());
    }

    @Test
    void pageRowsCarryTheirCertificationDatesFromTheDatabase() throws SQLException {
        Map<Long, LocalDate> nextExpiry = new HashMap<>();
        Map<Long, Boolean> allExpired = new HashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT contractor_id, MIN(CASE WHEN valid_until >= ? THEN valid_until END), MAX(valid_until) "
                        + "FROM certification GROUP BY contractor_id")) {
            ps.setObject(1, TODAY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    nextExpiry.put(id, rs.getObject(2, LocalDate.class));
                    allExpired.put(id, rs.getObject(3, LocalDate.class).isBefore(TODAY));
                }
            }
        }
        int withNext = 0;
        int expired = 0;
        int none = 0;
        for (int first : new int[] {0, 1_000, 2_400}) {
            List<ContractorListRow> page = queries.page(ContractorSearch.all(TODAY), first, 200);
            assertEquals(200, page.size());
            for (ContractorListRow row : page) {
                assertEquals(nextExpiry.get(row.getId()), row.getNextCertificationExpiry(), "contractor " + row.getId());
                assertEquals(allExpired.getOrDefault(row.getId(), false), row.isCertificationExpired(),
                        "contractor " + row.getId());
                withNext += row.getNextCertificationExpiry() != null ? 1 : 0;
                expired += row.isCertificationExpired() ? 1 : 0;
                none += allExpired.containsKey(row.getId()) ? 0 : 1;
            }
        }
        assertTrue(withNext > 10 && expired > 10 && none > 10,
                "test data: rows with a next expiry " + withNext + ", all expired " + expired + ", none " + none);
    }

    /**
     * Bug (see the report of the paging test): a page size of 0 reaches {@code setMaxResults(0)}, which
     * EclipseLink reads as "no limit" when the page starts at row 0, so the whole register is read, and its
     * ids are bound twice into the certification queries. Enable once {@code ContractorQueries.page} answers
     * an empty page for a size below 1.
     */
    @Test
    void aPageOfSizeZeroReadsNoRows() {
        List<ContractorListRow> page = queries.page(ContractorSearch.all(TODAY), 0, 0);

        assertEquals(List.of(), page);
        assertEquals(0, counting.executions().stream().mapToInt(CountingDataSource.Execution::rowsFetched).sum(),
                counting.executions()::toString);
    }

    // --- filters and counts ---------------------------------------------------------------------------------

    /** A search and the same filter written in SQL over {@code contractor c}, without LIKE. */
    record Filter(String label, ContractorSearch search, String where, List<Object> parameters) {
        @Override
        public String toString() {
            return label;
        }
    }

    Stream<Filter> filters() throws SQLException {
        String number = corporateNumberOf(1_234);
        String two = number.substring(0, 2);
        String three = number.substring(0, 3);
        String kanaLeft = "LEFT(c.kana_key, ?) = ?";
        String expiring = "EXISTS (SELECT 1 FROM certification x WHERE x.contractor_id = c.id "
                + "AND x.valid_until >= ? AND x.valid_until <= ?)";
        return Stream.of(
                new Filter("kana prefix カキ", text("カキ"), kanaLeft, List.of(2, "カキ")),
                new Filter("kana prefix in hiragana かき", text("かき"), kanaLeft, List.of(2, "カキ")),
                new Filter("kana prefix in half-width ｶｷ", text("ｶｷ"), kanaLeft, List.of(2, "カキ")),
                new Filter("kana prefix after a legal form read aloud", text("カブシキガイシャ ア"), kanaLeft,
                        List.of(1, "ア")),
                new Filter("name prefix, case ignored", text("KOCHI"), "LEFT(c.name_key, 5) = ?", List.of("kochi")),
                new Filter("name prefix in full width after a legal form", text("株式会社　ｋｏｃｈｉ情報"),
                        "LEFT(c.name_key, 7) = ?", List.of("kochi情報")),
                new Filter("kanji name prefix", text("四万十"), "LEFT(c.name_key, 3) = ?", List.of("四万十")),
                new Filter("法人番号 prefix " + two, text(two), "LEFT(c.corporate_number, 2) = ?", List.of(two)),
                new Filter("法人番号 prefix in full width with a hyphen", text(fullWidth(two) + "-" + three.charAt(2)),
                        "LEFT(c.corporate_number, 3) = ?", List.of(three)),
                new Filter("whole 法人番号", text(number), "c.corporate_number = ?", List.of(number)),
                new Filter("status APPROVED", new ContractorSearch(null, ContractorStatus.APPROVED, null, null, Sort.KANA,
                        true, TODAY), "c.status = ?", List.of("APPROVED")),
                new Filter("status ENDED", new ContractorSearch(null, ContractorStatus.ENDED, null, null, Sort.KANA, true,
                        TODAY), "c.status = ?", List.of("ENDED")),
                new Filter("tier MEDIUM", new ContractorSearch(null, null, RiskTier.MEDIUM, null, Sort.KANA, true, TODAY),
                        "c.risk_tier = ?", List.of("MEDIUM")),
                new Filter("certification expiring within 30 days", new ContractorSearch(null, null, null, 30, Sort.KANA,
                        true, TODAY), expiring, List.of(TODAY, TODAY.plusDays(30))),
                new Filter("certification expiring today", new ContractorSearch(null, null, null, 0, Sort.KANA, true,
                        TODAY), expiring, List.of(TODAY, TODAY)),
                new Filter("status, tier and kana together", new ContractorSearch("カ", ContractorStatus.APPROVED,
                        RiskTier.HIGH, null, Sort.KANA, true, TODAY),
                        kanaLeft + " AND c.status = ? AND c.risk_tier = ?", List.of(1, "カ", "APPROVED", "HIGH")),
                new Filter("tier and expiring within 90 days", new ContractorSearch(null, null, RiskTier.LOW, 90,
                        Sort.KANA, true, TODAY), "c.risk_tier = ? AND " + expiring,
                        List.of("LOW", TODAY, TODAY.plusDays(90))),
                new Filter("nothing matches", text("zzz"), "1 = 0", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void countAgreesWithSqlUpToTheLimitAndReadsNoMoreThanIt(Filter filter) throws SQLException {
        long expected = jdbcIds(filter.where(), filter.parameters(), "c.id").size();

        counting.reset();
        long count = queries.count(filter.search());

        assertEquals(Math.min(expected, ContractorQueries.COUNT_LIMIT + 1), count);
        List<CountingDataSource.Execution> executed = counting.executions();
        assertEquals(1, executed.size(), executed::toString);
        assertTrue(executed.get(0).rowsFetched() <= ContractorQueries.COUNT_LIMIT + 1, executed.get(0).toString());
    }

    @Test
    void countOfALargeResultStopsAtTheLimit() throws SQLException {
        ContractorSearch all = new ContractorSearch(null, null, null, null, Sort.KANA, true, TODAY);
        assertTrue(jdbcIds("1 = 1", List.of(), "c.id").size() > ContractorQueries.COUNT_LIMIT + 1);

        counting.reset();
        assertEquals(ContractorQueries.COUNT_LIMIT + 1, queries.count(all));
        assertEquals(ContractorQueries.COUNT_LIMIT + 1, counting.executions().get(0).rowsFetched());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filteredPagesAgreeWithSql(Filter filter) throws SQLException {
        List<Long> all = jdbcIds(filter.where(), filter.parameters(), "c.kana_key ASC, c.id ASC");
        int first = all.size() > 25 ? 10 : 0;

        List<ContractorListRow> page = queries.page(filter.search(), first, 15);

        assertEquals(all.subList(first, Math.min(first + 15, all.size())), ids(page));
    }

    @Test
    void filtersUnderTestMatchSomeRowsButNotAll() throws SQLException {
        for (Filter filter : filters().toList()) {
            int size = jdbcIds(filter.where(), filter.parameters(), "c.id").size();
            boolean empty = filter.label().equals("nothing matches");
            assertTrue(empty ? size == 0 : size > 0 && size < PagingTestData.CONTRACTORS,
                    "test data: " + filter + " matches " + size);
        }
    }

    // --- text taken literally -------------------------------------------------------------------------------

    static Stream<Arguments> literalTexts() {
        return Stream.of(
                Arguments.of("O'R", PagingTestData.QUOTE),
                Arguments.of("100%", PagingTestData.PERCENT),
                Arguments.of("a_", PagingTestData.UNDERSCORE),
                Arguments.of("back\\", PagingTestData.BACKSLASH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literalTexts")
    void searchTextWithWildcardsEscapeCharacterOrQuoteIsTakenLiterally(String text, long only) {
        ContractorSearch search = text(text);

        assertEquals(List.of(only), ids(queries.page(search, 0, 20)));
        assertEquals(1, queries.count(search));
    }

    static Stream<Arguments> decoys() {
        return Stream.of(
                Arguments.of("1000リ", PagingTestData.PERCENT_DECOY),
                Arguments.of("ax", PagingTestData.UNDERSCORE_DECOY),
                Arguments.of("backs", PagingTestData.BACKSLASH_DECOY));
    }

    /** The rows a wildcard would wrongly match are there, and found by their own names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("decoys")
    void theDecoysAreFoundByTheirOwnNames(String text, long only) {
        assertEquals(List.of(only), ids(queries.page(text(text), 0, 20)));
    }

    // --- sorting --------------------------------------------------------------------------------------------

    static Stream<Arguments> sorts() {
        return Arrays.stream(Sort.values()).flatMap(s -> Stream.of(Arguments.of(s, true), Arguments.of(s, false)));
    }

    @ParameterizedTest(name = "{0} ascending={1}")
    @MethodSource("sorts")
    void everySortMatchesSqlOrderWithTheIdBreakingTies(Sort sort, boolean ascending) throws SQLException {
        String column = switch (sort) {
            case KANA -> "c.kana_key";
            case NAME -> "c.name_key";
            case CORPORATE_NUMBER -> "c.corporate_number";
            case STATUS -> "c.status_rank";
            case TIER -> "c.risk_rank";
            case VALID_UNTIL -> "c.vetting_valid_until";
        };
        String direction = ascending ? " ASC" : " DESC";
        List<Long> all = jdbcIds("1 = 1", List.of(), column + direction + ", c.id" + direction);
        ContractorSearch search = new ContractorSearch(null, null, null, null, sort, ascending, TODAY);

        for (int first : new int[] {0, 2_475, PagingTestData.CONTRACTORS - 30}) {
            counting.reset();
            List<ContractorListRow> page = queries.page(search, first, 50);
            int end = Math.min(first + 50, all.size());
            assertEquals(all.subList(first, end), ids(page), "rows " + (first + 1) + "-" + end);
            assertEquals(end - first, counting.executions().get(0).rowsFetched());
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static ContractorSearch text(String text) {
        return new ContractorSearch(text, null, null, null, Sort.KANA, true, TODAY);
    }

    private static List<Long> ids(List<ContractorListRow> rows) {
        return rows.stream().map(ContractorListRow::getId).toList();
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(ch -> out.append((char) (ch - '0' + '０')));
        return out.toString();
    }

    private String corporateNumberOf(long id) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT corporate_number FROM contractor WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return Objects.requireNonNull(rs.getString(1), "contractor " + id + " has a 法人番号");
            }
        }
    }

    /** The ids of the contractors matching {@code where}, in {@code orderBy}, read with plain JDBC. */
    private List<Long> jdbcIds(String where, List<Object> parameters, String orderBy) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT c.id FROM contractor c WHERE " + where
                        + " ORDER BY " + orderBy)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Each row's columns are the contractor's, as stored. */
    private void assertRowsMatchTheTable(List<ContractorListRow> rows) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT name, name_kana, "
                + "corporate_number, sole_proprietor, status, risk_tier, vetting_valid_until FROM contractor WHERE id = ?")) {
            for (ContractorListRow row : rows) {
                ps.setLong(1, row.getId());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    String where = "contractor " + row.getId();
                    assertEquals(rs.getString(1), row.getName(), where);
                    assertEquals(rs.getString(2), row.getNameKana(), where);
                    assertEquals(rs.getString(3), row.getCorporateNumber(), where);
                    assertEquals(rs.getBoolean(4), row.isSoleProprietor(), where);
                    assertEquals(rs.getString(5), row.getStatus().name(), where);
                    assertEquals(rs.getString(6), row.getRiskTier() == null ? null : row.getRiskTier().name(), where);
                    assertEquals(rs.getObject(7, LocalDate.class), row.getVettingValidUntil(), where);
                    assertFalse(rs.next());
                }
            }
        }
    }
}
