package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.DatabaseKind;
import jp.kochi.vrm.platform.PortalStartup;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log as it writes and verifies over the portal's Flyway schema (in-memory H2): a log that existed before
 * the key keeps its plain links, entries after it are keyed, and a rewrite recomputed without the key is found.
 */
class AuditLogTest {

    private static final ChainKey KEY = new ChainKey("a-test-audit-key-of-32-bytes-or-more".getBytes());
    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    @TempDir
    Path anchors;

    private JdbcDataSource db;
    private AuditLog log;

    @BeforeEach
    void migrate() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:audit_log_test;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(db)
                .locations(PortalStartup.migrationLocations(DatabaseKind.H2)).load().migrate();
        log = new AuditLog(db, new CallerContext(), Clock.fixed(T0, ZoneOffset.UTC), KEY, anchors);
    }

    /** Entries written as the portal did before it had a key: plain SHA-256 links, no mark. */
    private void writePlainEntries(int n) throws SQLException {
        String prev = AuditChain.GENESIS;
        try (Connection c = db.getConnection()) {
            for (int i = 1; i <= n; i++) {
                Instant at = T0.minusSeconds(100 - i);
                String hash = AuditChain.hash(i, at, "old-user", "SIGN_IN", null, null, "{}", prev);
                insert(c, new AuditChain.Entry(i, at, "old-user", "SIGN_IN", null, null, "{}", prev, hash));
                prev = hash;
            }
            setHead(c, n, prev);
        }
    }

    private static void insert(Connection c, AuditChain.Entry e) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, actor, action,"
                + " record_type, record_id, details, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?)")) {
            insert.setLong(1, e.seq());
            insert.setObject(2, e.occurredAt().atOffset(ZoneOffset.UTC));
            insert.setString(3, e.actor());
            insert.setString(4, e.action());
            insert.setString(5, e.recordType());
            insert.setString(6, e.recordId());
            insert.setString(7, e.details());
            insert.setString(8, e.prevHash());
            insert.setString(9, e.entryHash());
            insert.executeUpdate();
        }
    }

    private static void setHead(Connection c, long seq, String link) throws SQLException {
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?")) {
            head.setLong(1, seq);
            head.setString(2, link);
            head.executeUpdate();
        }
    }

    private List<AuditChain.Entry> entries() throws SQLException {
        List<AuditChain.Entry> entries = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT seq, occurred_at, actor, action, record_type, record_id, details,"
                        + " prev_hash, entry_hash, details_digest FROM audit_entry ORDER BY seq")) {
            while (rs.next()) {
                entries.add(new AuditChain.Entry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        return entries;
    }

    /**
     * What someone holding the database but not the key can do: change entry {@code n}'s actor and recompute every
     * plain SHA-256 link from it to the head, the head included.
     */
    private void rewriteWithPlainHashes(long n) throws SQLException {
        List<AuditChain.Entry> all = entries();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM audit_entry WHERE seq >= " + n);
            String prev = all.get((int) n - 1).prevHash();
            for (AuditChain.Entry e : all.subList((int) n - 1, all.size())) {
                String actor = e.seq() == n ? "mallory" : e.actor();
                String hash = AuditChain.hash(e.seq(), e.occurredAt(), actor, e.action(), e.recordType(), e.recordId(),
                        e.details(), prev);
                insert(c, new AuditChain.Entry(e.seq(), e.occurredAt(), actor, e.action(), e.recordType(),
                        e.recordId(), e.details(), prev, hash));
                prev = hash;
            }
            setHead(c, all.size(), prev);
        }
    }

    @Test
    void keepsThePlainLinksOfEntriesWrittenBeforeTheKeyAndKeysTheNewOnes() throws SQLException {
        writePlainEntries(3);
        log.startKeyedChain(true);
        log.recordSignIn("staff-a", "procurement");
        log.recordSignOut("staff-a");
        List<AuditChain.Entry> entries = entries();
        assertEquals(entries.get(2).entryHash(), AuditChain.hashOf(entries.get(2)));
        AuditChain.Entry fourth = entries.get(3);
        assertEquals(AuditChain.keyedLink(KEY, fourth.prevHash(), AuditChain.hashOf(fourth)), fourth.entryHash());
        ChainVerifier.Result result = log.verify();
        assertTrue(result.intact(), result::toString);
        assertEquals(5, result.entriesChecked());
        assertTrue(log.verify().intact(), "the verification's own entry is keyed too");
    }

    @Test
    void findsAKeyedEntryRewrittenWithItsSuccessorsAndTheHead() throws SQLException {
        writePlainEntries(2);
        log.startKeyedChain(true);
        for (int i = 0; i < 5; i++) {
            log.recordSignIn("staff-" + i, "auditor");
        }
        rewriteWithPlainHashes(5);
        ChainVerifier.Result result = log.verify();
        assertEquals(5L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.CONTENT_ALTERED, result.breach());
    }

    @Test
    void findsARewriteOfThePlainPartWhereTheKeyedPartSealsIt() throws SQLException {
        writePlainEntries(4);
        log.startKeyedChain(true);
        log.recordSignIn("staff-a", "auditor");
        log.recordSignIn("staff-b", "auditor");
        rewriteWithPlainHashes(2);
        ChainVerifier.Result result = log.verify();
        assertEquals(4L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.UNKEYED_PART_ALTERED, result.breach());
    }

    @Test
    void findsARemovedKeyMarkAndNeverSetsAFreshOneOverIt() throws SQLException {
        log.startKeyedChain(true);
        log.recordSignIn("staff-a", "auditor");
        rewriteWithPlainHashes(1);
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE audit_chain_head SET keyed_from = NULL, keyed_sealed_link = NULL, keyed_from_mac = NULL");
        }
        assertEquals(ChainVerifier.Breach.KEY_MARK_INVALID, log.verify().breach());
        assertFalse(log.startKeyedChain(false), "a restart with anchors already written sets no fresh mark");
        log.recordSignIn("staff-b", "auditor");
        assertEquals(ChainVerifier.Breach.KEY_MARK_INVALID, log.verify().breach());
    }

    @Test
    void agreesWithItsAnchorsWhileUntouched() throws SQLException {
        log.startKeyedChain(log.anchorFileEmpty());
        log.checkpoint();
        log.recordSignIn("staff-a", "auditor");
        AuditAnchor anchor = log.checkpoint();
        assertEquals(1, anchor.seq());
        assertTrue(log.verify().intact());
    }

    @Test
    void findsWhereTheChainAndItsAnchorDisagreeWhenTheWholeLogWasRewrittenUnkeyed() throws Exception {
        writePlainEntries(3);
        log.startKeyedChain(log.anchorFileEmpty());
        AuditAnchor anchor = log.checkpoint();
        assertEquals(3, anchor.seq());
        log.recordSignIn("staff-a", "auditor");
        // The database holder rewrites entry 2 onwards, and re-marks the keyed start after the new head as if the
        // key had only now been introduced: without the anchor that would pass.
        rewriteWithPlainHashes(2);
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE audit_chain_head SET keyed_from = NULL");
        }
        assertFalse(log.startKeyedChain(log.anchorFileEmpty()), "anchors exist: no fresh mark");
        ChainVerifier.Result result = log.verify();
        assertEquals(ChainVerifier.Breach.KEY_MARK_INVALID, result.breach());
        String line = Files.readAllLines(anchors.resolve(AnchorFile.NAME)).get(0);
        assertEquals(anchor.line(), line);
    }

    @Test
    void findsAnAnchorLineEditedInTheFile() throws Exception {
        log.startKeyedChain(true);
        log.recordSignIn("staff-a", "auditor");
        AuditAnchor anchor = log.checkpoint();
        Files.writeString(anchors.resolve(AnchorFile.NAME), new AuditAnchor(anchor.seq(), AuditChain.GENESIS,
                anchor.at(), anchor.mac()).line() + "\n");
        ChainVerifier.Result result = log.verify();
        assertEquals(1L, result.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.ANCHOR_FORGED, result.breach());
    }

    private long count() throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anonymousRefusalsStayInTheServerLogAndSignedInOnesAreEntries() throws SQLException {
        log.startKeyedChain(true);
        for (int i = 0; i < 500; i++) {
            log.recordAccessDenied(null, "/staff/audit/log.xhtml?x=" + i);
        }
        assertEquals(0, count());
        log.recordAccessDenied("contractor-demo", "/staff/audit/log.xhtml");
        assertEquals(1, count());
        assertEquals("contractor-demo", entries().get(0).actor());
        assertTrue(log.verify().intact());
    }

    @Test
    void recordsARefusedActionOfASignedInUser() throws SQLException {
        log.startKeyedChain(true);
        log.recordRefusal("security-demo", "VettingService.approve", "vetting.fourEyes");
        AuditChain.Entry entry = entries().get(0);
        assertEquals("REFUSED", entry.action());
        assertEquals("security-demo", entry.actor());
        assertEquals("{\"operation\":\"VettingService.approve\",\"reason\":\"vetting.fourEyes\"}", entry.details());
        assertTrue(log.verify().intact());
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void aRedactedDetailKeepsTheChainVerifyingAndTheRedactionIsRecorded() throws SQLException {
        log.startKeyedChain(true);
        log.recordRefusal("sns-demo", "SnsAccounts.create", "パスワード Kochi-2026-x を誤って入力");
        log.recordSignIn("staff-a", "auditor");
        AuditChain.Entry before = entries().get(0);
        log.redactEntry(1, "パスワードを誤って記録したため");

        List<AuditChain.Entry> after = entries();
        AuditChain.Entry redacted = after.get(0);
        assertEquals(AuditChain.REDACTED, redacted.details());
        assertEquals(List.of(before.seq(), before.occurredAt(), before.actor(), before.action(), before.entryHash(),
                before.detailsDigest()), List.of(redacted.seq(), redacted.occurredAt(), redacted.actor(),
                redacted.action(), redacted.entryHash(), redacted.detailsDigest()), "nothing else of the entry changes");
        AuditChain.Entry record = after.get(2);
        assertEquals(List.of("REDACT", AuditChain.REDACTED_ENTRY, "1"),
                List.of(record.action(), record.recordType(), record.recordId()));
        assertTrue(record.details().contains("パスワードを誤って記録したため"), record.details());
        assertFalse(after.stream().anyMatch(e -> e.details().contains("Kochi-2026-x")), "the secret is gone");
        ChainVerifier.Result result = log.verify();
        assertTrue(result.intact(), result::toString);

        assertEquals("audit.redact.already", assertThrows(BusinessRuleViolation.class,
                () -> log.redactEntry(1, "再度")).messageKey());
        assertEquals("app.required", assertThrows(BusinessRuleViolation.class,
                () -> log.redactEntry(2, " ")).messageKey(), "a redaction needs a reason");
        assertEquals("error.recordMissing", assertThrows(BusinessRuleViolation.class,
                () -> log.redactEntry(99, "理由")).messageKey());
    }

    @Test
    void aDetailBlankedOrChangedInTheDatabaseIsFound() throws SQLException {
        log.startKeyedChain(true);
        log.recordSignIn("staff-a", "auditor");
        log.recordSignIn("staff-b", "auditor");
        sql("UPDATE audit_entry SET details = '" + AuditChain.REDACTED + "' WHERE seq = 1");
        ChainVerifier.Result blanked = log.verify();
        assertEquals(1L, blanked.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.REDACTION_UNRECORDED, blanked.breach());

        sql("UPDATE audit_entry SET details = '{\"roles\":\"auditor\"}' WHERE seq = 1");
        assertTrue(log.verify().intact(), "restored as written");
        sql("UPDATE audit_entry SET details = '{\"roles\":\"admin\"}' WHERE seq = 2");
        ChainVerifier.Result changed = log.verify();
        assertEquals(2L, changed.firstBrokenSeq());
        assertEquals(ChainVerifier.Breach.CONTENT_ALTERED, changed.breach());
    }

    @Test
    void entriesWrittenBeforeTheDigestStillVerifyAndCannotBeRedacted() throws SQLException {
        writePlainEntries(3);
        log.startKeyedChain(true);
        log.recordSignIn("staff-a", "auditor");
        assertTrue(log.verify().intact());
        assertEquals("audit.redact.legacy", assertThrows(BusinessRuleViolation.class,
                () -> log.redactEntry(2, "理由")).messageKey());
        assertEquals("{}", entries().get(1).details());
    }

    @Test
    void redactingARecordBlanksItsOwnEntriesAndRecordsEachRedaction() throws SQLException {
        log.startKeyedChain(true);
        log.recordChange(AuditAction.CREATE, "Procedure", "7",
                List.of(new AuditLog.Change("operation", null, "ログインは PW: Kochi-2026-x で行う")));
        log.recordChange(AuditAction.CREATE, "Procedure", "8", List.of(new AuditLog.Change("operation", null, "別の版")));
        assertEquals(0, log.redactRecord("Procedure", "7", "パスワードを含むため"));
        List<AuditChain.Entry> entries = entries();
        assertEquals(AuditChain.REDACTED, entries.get(0).details());
        assertTrue(entries.get(1).details().contains("別の版"), "another record's entry is untouched");
        assertEquals(List.of("REDACT Procedure 7", "REDACT AuditEntry 1"), entries.subList(2, 4).stream()
                .map(e -> e.action() + " " + e.recordType() + " " + e.recordId()).toList());
        assertTrue(log.verify().intact());
    }
}
