package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit trail as an auditor relies on it: changes made in the browser appear with who, what and
 * from-to values; sign-ins and refused pages are recorded; and an entry altered or deleted directly in
 * the database is found by the verification at exactly that entry.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class AuditTrailIT {

    private static StackSettings stack;

    @BeforeAll
    static void stack() {
        stack = PortalStack.current();
    }

    private record Row(long seq, String actor, String action, String recordType, String recordId, String details) {
    }

    private static List<Row> entries(String where, Object... args) throws SQLException {
        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("SELECT seq, actor, action, record_type, record_id, details "
                        + "FROM audit_entry WHERE " + where + " ORDER BY seq")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
            return rows;
        }
    }

    @Test
    void departmentChangesAreRecordedWithOldAndNewValues() throws SQLException {
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("admin-demo");
            DepartmentsScreen departments = new DepartmentsScreen(browser);
            departments.create("901", "監査試験課");
            assertTrue(browser.driver().getPageSource().contains("監査試験課"), "new department listed");

            List<Row> created = entries("action = 'CREATE' AND record_type = 'Department' AND details LIKE ?",
                    "%監査試験課%");
            assertEquals(1, created.size());
            assertEquals("admin-demo", created.get(0).actor());
            assertTrue(created.get(0).details().contains("\"field\":\"code\",\"from\":null,\"to\":\"901\""),
                    created.get(0).details());

            // Rename it through the edit dialog.
            String id = created.get(0).recordId();
            departments.edit("901");
            departments.type("name", "監査検証課");
            departments.save();
            assertTrue(browser.driver().getPageSource().contains("監査検証課"));

            List<Row> updated = entries("action = 'UPDATE' AND record_type = 'Department' AND record_id = ?", id);
            assertEquals(1, updated.size(), "one update entry");
            assertEquals("{\"changes\":[{\"field\":\"name\",\"from\":\"監査試験課\",\"to\":\"監査検証課\"}]}",
                    updated.get(0).details());
        }
    }

    @Test
    void signInAndRefusedAccessAreRecorded() throws SQLException {
        String refusedPage = "%/staff/audit/log.xhtml%";
        int deniedBefore = entries("action = 'ACCESS_DENIED' AND actor = ? AND details LIKE ?", "contractor-demo",
                refusedPage).size();
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("contractor-demo");
            browser.open("/staff/audit/log.xhtml");
            assertEquals("アクセスできません", browser.heading());
            // The refusal page still shows who is signed in, with their role and menu.
            assertEquals("委託事業者", browser.text("user-roles"));
            assertEquals("委託事業者ホーム", browser.text("menu-portal"));
        }
        assertTrue(entries("action = 'SIGN_IN' AND actor = ?", "contractor-demo").size() >= 1);
        List<Row> denied = entries("action = 'ACCESS_DENIED' AND actor = ? AND details LIKE ?", "contractor-demo",
                refusedPage);
        assertEquals(deniedBefore + 1, denied.size(), "exactly one entry for one refusal");
    }

    @Test
    void verificationFindsAnAlteredAndADeletedEntry() throws SQLException {
        try (Browser auditor = new Browser(stack.portalUrl())) {
            auditor.signIn("auditor-demo");
            auditor.open("/staff/audit/log.xhtml");
            auditor.click(By.id("auditForm:verify"));
            assertTrue(auditor.text("verification-result").startsWith("検証完了"), auditor.text("verification-result"));

            // An insider holding the database (its owner: on PostgreSQL the portal's own role cannot, see below)
            // rewrites who made a change.
            Row victim = entries("action = 'SIGN_IN'").get(0);
            execute("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?", victim.seq());
            try {
                auditor.click(By.id("auditForm:verify"));
                assertEquals("改ざんを検出しました: 記録番号 " + victim.seq()
                        + " で連結が壊れています（記録の内容がハッシュと一致しません（改変））。" + victim.seq() + " 件目で検出。",
                        auditor.text("verification-result"));
            } finally {
                execute("UPDATE audit_entry SET actor = ? WHERE seq = ?", victim.actor(), victim.seq());
            }
            auditor.click(By.id("auditForm:verify"));
            assertTrue(auditor.text("verification-result").startsWith("検証完了"), "restored row verifies again");

            // Then deletes an entry altogether.
            Row deleted = entries("seq = ?", victim.seq() + 1).get(0);
            String[] saved = savedRow(deleted.seq());
            execute("DELETE FROM audit_entry WHERE seq = ?", deleted.seq());
            try {
                auditor.click(By.id("auditForm:verify"));
                String result = auditor.text("verification-result");
                assertTrue(result.startsWith("改ざんを検出しました: 記録番号 " + deleted.seq() + " で"), result);
                assertTrue(result.contains("この番号の記録が削除されています"), result);
            } finally {
                restoreRow(saved);
            }
            auditor.click(By.id("auditForm:verify"));
            assertTrue(auditor.text("verification-result").startsWith("検証完了"), "restored log verifies again");
            auditor.assertAccessible();
        }
    }

    @Test
    void verificationFindsAnEntryRewrittenWithItsSuccessorsAndTheHeadRecomputedWithoutTheKey() throws SQLException {
        try (Browser auditor = new Browser(stack.portalUrl())) {
            auditor.signIn("auditor-demo");
            auditor.open("/staff/audit/log.xhtml");
            Row victim = entries("action = 'SIGN_IN'").get(0);
            // What the database owner can do: change the entry and recompute every SHA-256 link up to the head.
            relink(victim.seq(), "someone-else", false);
            try {
                auditor.click(By.id("auditForm:verify"));
                assertEquals("改ざんを検出しました: 記録番号 " + victim.seq()
                        + " で連結が壊れています（記録の内容がハッシュと一致しません（改変））。" + victim.seq() + " 件目で検出。",
                        auditor.text("verification-result"));
            } finally {
                // Put back with the portal's key (the public development key of the demo stack).
                relink(victim.seq(), victim.actor(), true);
            }
            auditor.click(By.id("auditForm:verify"));
            assertTrue(auditor.text("verification-result").startsWith("検証完了"), auditor.text("verification-result"));
        }
    }

    /**
     * On PostgreSQL with an owner role (as {@code .ci/run} sets it up): the portal runs on a role that may add audit
     * entries and redact their details but cannot rewrite or remove them, while everything above works. The grants
     * themselves are tried in detail by {@code AuditLogRuntimeRoleIT}.
     */
    @Test
    void thePortalsOwnCredentialCannotRewriteOrRemoveEntries() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(PortalStack.migrationUser() != null,
                "PostgreSQL with -Dit.db.migration-user only");
        Row first = entries("seq = 1").get(0);
        for (String sql : List.of("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 1",
                "DELETE FROM audit_entry WHERE seq = 1", "TRUNCATE audit_entry", "DELETE FROM audit_chain_head")) {
            try (Connection c = PortalStack.database(stack); java.sql.Statement st = c.createStatement()) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> st.execute(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
            }
        }
        try (Connection c = PortalStack.database(stack)) {
            assertEquals(List.of(), jp.kochi.vrm.platform.SchemaMigration.auditLogWeaknesses(c));
        }
        assertEquals(first, entries("seq = 1").get(0), "unchanged");
    }

    /** A public page, so the refusal is the same-origin check's (a staff page would first send to sign-in). */
    @Test
    void anonymousRefusalsAddNoEntries() throws Exception {
        int before = entries("action = 'ACCESS_DENIED'").size();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 50; i++) {
            java.net.http.HttpResponse<Void> refused = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(stack.portalUrl() + "/public/sns.xhtml"))
                    .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x=" + i)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(403, refused.statusCode());
        }
        assertEquals(before, entries("action = 'ACCESS_DENIED'").size(), "anonymous refusals are server log lines");
    }

    /**
     * Gives entry {@code seq} the actor {@code actor} and recomputes the links of it and every later entry and the
     * head: with the development key from the keyed start on ({@code keyed}), or as plain SHA-256 (without the key).
     */
    private static void relink(long seq, String actor, boolean keyed) throws SQLException {
        jp.kochi.vrm.audit.ChainKey key = new jp.kochi.vrm.audit.ChainKey(
                jp.kochi.vrm.platform.PortalSettings.DEVELOPMENT_AUDIT_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (Connection c = PortalStack.ownerDatabase(stack)) {
            c.setAutoCommit(false);
            long keyedFrom;
            try (PreparedStatement head = c.prepareStatement("SELECT keyed_from FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = head.executeQuery()) {
                rs.next();
                keyedFrom = rs.getLong(1);
            }
            List<jp.kochi.vrm.audit.AuditChain.Entry> later = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq >= ? ORDER BY seq")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        later.add(new jp.kochi.vrm.audit.AuditChain.Entry(rs.getLong(1),
                                rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10)));
                    }
                }
            }
            String prev = later.get(0).prevHash();
            for (jp.kochi.vrm.audit.AuditChain.Entry e : later) {
                String who = e.seq() == seq ? actor : e.actor();
                // Over the details' digest for entries written since V18, over the details before.
                String digest = jp.kochi.vrm.audit.AuditChain.hashOf(new jp.kochi.vrm.audit.AuditChain.Entry(e.seq(),
                        e.occurredAt(), who, e.action(), e.recordType(), e.recordId(), e.details(), prev, null,
                        e.detailsDigest()));
                String link = keyed && e.seq() >= keyedFrom ? jp.kochi.vrm.audit.AuditChain.keyedLink(key, prev, digest) : digest;
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE audit_entry SET actor = ?, prev_hash = ?, entry_hash = ? WHERE seq = ?")) {
                    update.setString(1, who);
                    update.setString(2, prev);
                    update.setString(3, link);
                    update.setLong(4, e.seq());
                    update.executeUpdate();
                }
                prev = link;
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
                head.setString(1, prev);
                head.executeUpdate();
            }
            c.commit();
        }
    }

    /** As the schema's owner. */
    private static void execute(String sql, Object... args) throws SQLException {
        try (Connection c = PortalStack.ownerDatabase(stack); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static final String COLUMNS = "seq, occurred_at, actor, action, record_type, record_id, details, prev_hash,"
            + " entry_hash, details_digest";
    private static final int COLUMN_COUNT = 10;

    private static String[] savedRow(long seq) throws SQLException {
        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String[] values = new String[COLUMN_COUNT];
                for (int i = 0; i < COLUMN_COUNT; i++) {
                    values[i] = i == 1 ? rs.getObject(2, java.time.OffsetDateTime.class).toString() : rs.getString(i + 1);
                }
                return values;
            }
        }
    }

    private static void restoreRow(String[] v) throws SQLException {
        try (Connection c = PortalStack.ownerDatabase(stack);
                PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, Long.parseLong(v[0]));
            ps.setObject(2, java.time.OffsetDateTime.parse(v[1]));
            for (int i = 2; i < COLUMN_COUNT; i++) {
                ps.setString(i + 1, v[i]);
            }
            ps.executeUpdate();
        }
    }
}
