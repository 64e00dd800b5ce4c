package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jp.kochi.vrm.annex.AnnexXhtmlPdf;
import jp.kochi.vrm.contract.ContractClause;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.ClockProducer;
import jp.kochi.vrm.platform.DatabaseKind;
import jp.kochi.vrm.platform.PortalStartup;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log's export over the portal's schema (in-memory H2, written by the real {@link AuditLog}, read by the
 * real {@link AuditLogQueries}): the CSV holds exactly the entries the query returns for the same filter, in the
 * reader's words, with a footer whose digest can be recomputed; the PDF names the same entries and digest.
 */
class AuditExportTest {

    private static final ChainKey KEY = new ChainKey("a-test-audit-key-of-32-bytes-or-more".getBytes());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    @TempDir
    Path anchors;

    private JdbcDataSource db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private AuditLogQueries queries;
    private AuditExport export;

    /** An audit log writing at {@code at} (the city's 10:00 on that day). */
    private AuditLog logOn(LocalDate day) {
        Instant at = day.atTime(10, 0).atZone(ClockProducer.CITY_ZONE).toInstant();
        return new AuditLog(db, new CallerContext(), Clock.fixed(at, ZoneOffset.UTC), KEY, anchors);
    }

    @BeforeEach
    void writeTheLog() throws Exception {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:audit_export_test;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(db)
                .locations(PortalStartup.migrationLocations(DatabaseKind.H2)).load().migrate();
        logOn(LocalDate.of(2026, 12, 1)).recordSignIn("staff-a", "procurement,auditor");
        logOn(LocalDate.of(2026, 12, 1)).recordChange(AuditAction.UPDATE, "ContractClause", "7", List.of(
                new AuditLog.Change("removalState", "NONE", "REQUESTED"), new AuditLog.Change("mandatory", "true", "false")));
        logOn(LocalDate.of(2026, 12, 3)).recordAccessDenied("staff-b", "/vrm/staff/audit/log.xhtml");
        logOn(LocalDate.of(2026, 12, 5)).recordChange(AuditAction.UPDATE, "ContractClause", "8", List.of(
                new AuditLog.Change("removalReason", null, "=HYPERLINK(\"x\")")));
        logOn(LocalDate.of(2026, 12, 7)).recordSignIn("staff-b", "auditor");

        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.persistencexml", "audit-export-test/META-INF/persistence.xml");
        properties.put("jakarta.persistence.nonJtaDataSource", db);
        emf = Persistence.createEntityManagerFactory("audit-export-test", properties);
        em = emf.createEntityManager();
        queries = new AuditLogQueries(em);

        Properties ja = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_ja.properties"),
                StandardCharsets.UTF_8)) {
            ja.load(r);
        }
        AuditVocabulary words = new AuditVocabulary(ja::getProperty,
                type -> type.equals("ContractClause") ? ContractClause.class : null);
        export = new AuditExport(key -> ja.getProperty(key, key), words,
                e -> TIME.format(e.getOccurredAt().atZoneSameInstant(ClockProducer.CITY_ZONE)));
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private static final AuditExport.Footer FOOTER = new AuditExport.Footer("対象: 契約の条項", "検証完了", "2026/12/07 10:00:00",
            "auditor-demo");

    private static List<CSVRecord> records(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with BOM");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void theCsvHoldsExactlyTheEntriesTheQueryReturnsForTheSameFilter() throws Exception {
        for (AuditFilter filter : List.of(AuditFilter.ALL,
                new AuditFilter("ContractClause", null, null, null, null),
                new AuditFilter(null, "STAFF-B", null, null, null),
                new AuditFilter(null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), null),
                new AuditFilter(null, null, null, null, "SIGN_IN"))) {
            List<AuditEntry> selected = queries.entries(filter);
            assertEquals(selected.size(), queries.count(filter));
            List<CSVRecord> rows = records(export.csv(selected, FOOTER).bytes());
            List<String> seqs = rows.subList(1, 1 + selected.size()).stream().map(r -> r.get(0)).toList();
            assertEquals(selected.stream().map(e -> Long.toString(e.getSeq())).toList(), seqs, filter.toString());
            for (int i = 0; i < selected.size(); i++) {
                assertEquals(selected.get(i).getEntryHash(), rows.get(1 + i).get(7), "the entry's hash, in full");
                assertEquals(selected.get(i).getActor(), rows.get(1 + i).get(2));
            }
            assertEquals(List.of(""), rows.get(1 + selected.size()).toList(), "a blank line after the entries");
            assertEquals("抽出条件", rows.get(2 + selected.size()).get(0), "then the footer");
            assertEquals("件数", rows.get(3 + selected.size()).get(0));
            assertEquals(Integer.toString(selected.size()), rows.get(3 + selected.size()).get(1));
        }
    }

    @Test
    void theFiltersSelectByRecordTypePersonPeriodAndAction() {
        assertEquals(5, queries.count(AuditFilter.ALL));
        assertEquals(List.of("7", "8"), queries.entries(new AuditFilter("ContractClause", null, null, null, null))
                .stream().map(AuditEntry::getRecordId).toList());
        assertEquals(2, queries.count(new AuditFilter(null, "staff-b", null, null, null)), "part of the name, any case");
        assertEquals(3, queries.count(new AuditFilter(null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
                null)), "both days included, in Japan time");
        assertEquals(1, queries.count(new AuditFilter(null, null, LocalDate.of(2026, 12, 7), null, null)));
        assertEquals(0, queries.count(new AuditFilter(null, "100%_", null, null, null)), "wildcards are literal");
        assertEquals(List.of(1L, 5L), queries.entries(new AuditFilter(null, null, null, null, "SIGN_IN")).stream()
                .map(AuditEntry::getSeq).toList());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedWithAMessage() {
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> new AuditFilter(null, null, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 1), null));
        assertEquals("audit.filter.period.order", refused.messageKey());
        assertEquals("audit.filter.action.unknown", assertThrows(BusinessRuleViolation.class,
                () -> new AuditFilter(null, null, null, null, "DROP")).messageKey());
    }

    @Test
    void theCsvSpeaksTheReadersLanguageNeutralisesFormulasAndItsDigestCanBeRecomputed() throws Exception {
        List<AuditEntry> selected = queries.entries(new AuditFilter("ContractClause", null, null, null, null));
        AuditExport.File file = export.csv(selected, FOOTER);
        List<CSVRecord> rows = records(file.bytes());

        assertEquals(List.of("番号", "日時", "実行者", "操作", "対象", "対象ID", "内容", "ハッシュ"), rows.get(0).toList());
        assertEquals("2026/12/01 10:00:00", rows.get(1).get(1));
        assertEquals("変更", rows.get(1).get(3));
        assertEquals("契約の条項", rows.get(1).get(4));
        assertEquals("除外の状態: 除外なし → 除外承認待ち\n必須: はい → いいえ", rows.get(1).get(6));
        assertEquals("除外の理由: — → =HYPERLINK(\"x\")", rows.get(2).get(6), "only a cell's first character counts");

        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        String entriesPart = text.substring(0, text.indexOf("\r\n\r\n") + 2);
        assertEquals(AuditExport.sha256Hex(entriesPart.getBytes(StandardCharsets.UTF_8)), file.entriesSha256());
        CSVRecord digest = rows.stream().filter(r -> r.get(0).startsWith("明細部分")).findFirst().orElseThrow();
        assertEquals(file.entriesSha256(), digest.get(1));
        assertEquals("検証完了", rows.stream().filter(r -> r.get(0).equals("改ざん検証の結果")).findFirst()
                .orElseThrow().get(1));
        assertEquals(64, file.sha256().length());
    }

    @Test
    void thePdfNamesTheSameEntriesVerificationAndDigest() throws Exception {
        List<AuditEntry> selected = queries.entries(new AuditFilter(null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3), null));
        AuditExport.File pdf = export.pdf(selected, FOOTER, new AnnexXhtmlPdf());
        String text;
        try (var doc = Loader.loadPDF(pdf.bytes())) {
            text = new PDFTextStripper().getText(doc);
        }
        String compact = text.replaceAll("\\s+", "");
        assertTrue(compact.contains("監査ログ（抽出）"), text);
        assertTrue(compact.contains("検証完了"), text);
        assertTrue(compact.contains(export.csv(selected, FOOTER).entriesSha256()), "the CSV's digest: " + text);
        for (AuditEntry e : selected) {
            assertTrue(compact.contains(e.getEntryHash()), "entry " + e.getSeq() + " in full: " + text);
        }
        assertTrue(compact.contains("除外の状態:除外なし→除外承認待ち"), text);
        assertTrue(compact.contains("アクセス拒否"), text);
        assertTrue(Arrays.stream(new String[] {"ContractClause", "removalState", "REQUESTED"}).noneMatch(compact::contains),
                text);
    }
}
