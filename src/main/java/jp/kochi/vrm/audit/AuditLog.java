package jp.kochi.vrm.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Caller;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.TextInput;
import jp.kochi.vrm.platform.PortalStartup;

/**
 * The audit log's boundary. Appending joins the caller's transaction, so an entry exists exactly when the
 * change it describes was committed; the chain head row is locked while appending, which keeps the chain
 * linear even with several servers on one database. Entries are linked with the configured key
 * ({@code VRM_AUDIT_KEY}, see {@link AuditChain}) from the first one written after the key was introduced.
 */
@Stateless
public class AuditLog {

    /** Actor recorded for changes made by the portal itself (start-up data, scheduled jobs). */
    public static final String SYSTEM_ACTOR = Caller.SYSTEM_NAME;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AuditLog.class.getName());

    @Resource(lookup = PortalStartup.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    /** Set in a transaction's registry once it holds the chain head's lock (see {@link RefusalAudit}). */
    static final String HEAD_LOCKED = AuditLog.class.getName() + ".headLocked";

    @Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private ChainKey testKey;
    private java.nio.file.Path testAnchorDir;

    public AuditLog() {
    }

    /** An audit log outside the container, for tests. */
    AuditLog(DataSource dataSource, CallerContext caller, Clock clock, ChainKey key, java.nio.file.Path anchorDir) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.clock = clock;
        this.testKey = key;
        this.testAnchorDir = anchorDir;
    }

    private AnchorFile anchorFile() {
        return new AnchorFile(testAnchorDir != null ? testAnchorDir : settings.auditAnchorDir());
    }

    /** Whether the anchor file holds no checkpoint yet (a first start with a key may then mark the keyed start). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean anchorFileEmpty() {
        return anchorFile().isEmpty();
    }

    /**
     * Appends a checkpoint of the chain head to the anchor file. The head row stays locked while the line is
     * written, so the anchor names a committed head and servers sharing a folder write one line at a time.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditAnchor checkpoint() {
        try (Connection c = dataSource.getConnection()) {
            Head head = lockHead(c);
            AuditAnchor anchor = AuditAnchor.of(key(), head.seq(), head.link(), clock.instant());
            anchorFile().append(anchor);
            return anchor;
        } catch (SQLException e) {
            throw new EJBException("Audit chain head could not be read for its anchor", e);
        }
    }

    /** A field's value before and after a change; either side null for create and delete. */
    public record Change(String field, String from, String to) {
    }

    @PermitAll
    public void recordChange(AuditAction action, String recordType, String recordId, Iterable<Change> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Change c : changes) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("field", c.field());
            if (c.from() == null) {
                o.addNull("from");
            } else {
                o.add("from", c.from());
            }
            if (c.to() == null) {
                o.addNull("to");
            } else {
                o.add("to", c.to());
            }
            array.add(o);
        }
        append(actor(), action, recordType, recordId, Json.createObjectBuilder().add("changes", array).build().toString());
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(String username, String roles) {
        append(username, AuditAction.SIGN_IN, null, null, detail(Map.of("roles", roles)));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignOut(String username) {
        append(username, AuditAction.SIGN_OUT, null, null, detail(Map.of()));
    }

    /**
     * A refused page or action; written in its own transaction, since the refused one may roll back.
     *
     * <p>A signed-in user's refusal is an entry: it names someone accountable. An anonymous one (any 403 without a
     * user, a cross-origin POST) goes to the server log only, one line with the path: anyone on the internet can
     * cause any number of them, and as entries each would take the chain head's lock and grow a log that is never
     * trimmed, so a flood would slow every audited change and bury the entries that matter. Counting them per hour
     * in one entry was not chosen: entries are immutable, so the count would live in memory per server until the
     * hour's end and be lost with a crash, for a number that says nothing about who; the server log (and the proxy's
     * access log, with the address) keeps each one and is rotated.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAccessDenied(String username, String target) {
        if (username == null || username.isBlank()) {
            // The path only, cut short: a refused request's address may hold anything.
            LOG.info(() -> "Anonymous access refused: " + TextLimit.cut(target));
            return;
        }
        append(username, AuditAction.ACCESS_DENIED, null, null,
                detail(Map.of("target", target == null ? "" : target)));
    }

    /**
     * A signed-in user's action refused by a business rule: "refused: reason", in its own transaction, since the
     * refused one rolls back.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String username, String operation, String reasonKey) {
        append(username, AuditAction.REFUSED, null, null, detail(Map.of("operation", operation, "reason", reasonKey)));
    }

    /** The longest reason a redaction takes. */
    public static final int MAX_REDACTION_REASON = 500;

    /**
     * 削除 of an audit entry's detail by a security officer: the detail becomes 「（削除済み）」 and a new entry records
     * who did it and why. The chain still verifies, since the entry's link covers the detail's digest; entries written
     * before that (V18) cannot be redacted. Nothing else of the entry changes.
     */
    @Allowed(Roles.SECURITY_OFFICER)
    public void redactEntry(long seq, String reason) {
        String why = TextInput.clean(reason, MAX_REDACTION_REASON, "audit.redact.reason", true);
        try (Connection c = dataSource.getConnection()) {
            lockHead(c);
            String state = redactable(c, seq);
            if (state != null) {
                throw new BusinessRuleViolation(state);
            }
            blank(c, seq);
        } catch (SQLException e) {
            throw new EJBException("Audit entry could not be redacted", e);
        }
        append(actor(), AuditAction.REDACT, AuditChain.REDACTED_ENTRY, Long.toString(seq), detail(Map.of("reason", why)));
    }

    /**
     * Records the redaction of a stored record's text (a text version replaced by 「（削除済み）」 by its capability),
     * and redacts the details of that record's own entries, which hold the same text.
     *
     * @return how many of its entries could not be redacted (written before V18, their link covers the details)
     */
    @Allowed(Roles.SECURITY_OFFICER)
    public int redactRecord(String recordType, String recordId, String reason) {
        String why = TextInput.clean(reason, MAX_REDACTION_REASON, "audit.redact.reason", true);
        java.util.List<Long> redactable = new java.util.ArrayList<>();
        int legacy = 0;
        try (Connection c = dataSource.getConnection()) {
            lockHead(c);
            try (PreparedStatement select = c.prepareStatement("SELECT seq, details_digest, details FROM audit_entry "
                    + "WHERE record_type = ? AND record_id = ? ORDER BY seq")) {
                select.setString(1, recordType);
                select.setString(2, recordId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2) == null) {
                            legacy++;
                        } else if (!AuditChain.REDACTED.equals(rs.getString(3))) {
                            redactable.add(rs.getLong(1));
                        }
                    }
                }
            }
            for (long seq : redactable) {
                blank(c, seq);
            }
        } catch (SQLException e) {
            throw new EJBException("Audit entries could not be redacted", e);
        }
        append(actor(), AuditAction.REDACT, recordType, recordId, detail(Map.of("reason", why)));
        for (long seq : redactable) {
            append(actor(), AuditAction.REDACT, AuditChain.REDACTED_ENTRY, Long.toString(seq),
                    detail(Map.of("reason", why)));
        }
        return legacy;
    }

    /** Why an entry's detail cannot be redacted (a message key), or null when it can. */
    private static String redactable(Connection c, long seq) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT details_digest, details FROM audit_entry WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return "error.recordMissing";
                }
                if (rs.getString(1) == null) {
                    return "audit.redact.legacy";
                }
                return AuditChain.REDACTED.equals(rs.getString(2)) ? "audit.redact.already" : null;
            }
        }
    }

    private static void blank(Connection c, long seq) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET details = ? WHERE seq = ?"
                + " AND details_digest IS NOT NULL")) {
            update.setString(1, AuditChain.REDACTED);
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }

    private static final class TextLimit {
        static String cut(String s) {
            String t = s == null ? "" : s.replaceAll("[\\r\\n\\t]", " ");
            return t.length() <= 300 ? t : t.substring(0, 300) + "…";
        }
    }

    /**
     * Verifies the whole chain, against its keyed start and every anchor outside the database, and records that it
     * was verified and with what result.
     */
    @Allowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerifier.Result verify() {
        ChainVerifier verifier;
        long headSeq;
        String headHash;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement head = c.prepareStatement(
                    "SELECT last_seq, last_hash, keyed_from, keyed_sealed_link, keyed_from_mac FROM audit_chain_head"
                    + " WHERE id = 1");
                    ResultSet rs = head.executeQuery()) {
                rs.next();
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
                verifier = new ChainVerifier(key(), mark(rs), anchorFile().read());
            }
            try (PreparedStatement all = c.prepareStatement("SELECT seq, occurred_at, actor, action, record_type, "
                    + "record_id, details, prev_hash, entry_hash, details_digest FROM audit_entry WHERE seq <= ? "
                    + "ORDER BY seq")) {
                all.setLong(1, headSeq);
                all.setFetchSize(1000);
                try (ResultSet rs = all.executeQuery()) {
                    while (rs.next()) {
                        if (!verifier.accept(read(rs))) {
                            break;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new EJBException("Audit log could not be read", e);
        }
        ChainVerifier.Result result = verifier.finish(headSeq, headHash);
        append(actor(), AuditAction.VERIFY, null, null, detail(Map.of(
                "entriesChecked", Long.toString(result.entriesChecked()),
                "firstBrokenSeq", result.intact() ? "" : Long.toString(result.firstBrokenSeq()),
                "breach", result.intact() ? "" : result.breach().name())));
        return result;
    }

    private static AuditChain.Entry read(ResultSet rs) throws SQLException {
        return new AuditChain.Entry(rs.getLong(1), instant(rs), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        OffsetDateTime odt = rs.getObject(2, OffsetDateTime.class);
        return odt.toInstant();
    }

    /** The keyed-chain mark of the head row read by {@code rs} (columns 3 to 5), or null when none is set. */
    private static AuditChain.KeyMark mark(ResultSet rs) throws SQLException {
        long keyedFrom = rs.getLong(3);
        return rs.wasNull() ? null : new AuditChain.KeyMark(keyedFrom, rs.getString(4), rs.getString(5));
    }

    private ChainKey key() {
        return testKey != null ? testKey : new ChainKey(settings.auditKey());
    }

    /**
     * Marks where the keyed chain starts, if no mark is set yet: the next sequence number, sealing the unkeyed part
     * before it. Called once at start-up, before anything else is written, and only while the anchor file outside
     * the database is still empty ({@code firstKeyedStart}): after that a missing mark is tampering, and setting a
     * fresh one would seal a rewritten log. Appending never sets it.
     *
     * @return whether a mark is set (now or before)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean startKeyedChain(boolean firstKeyedStart) {
        try (Connection c = dataSource.getConnection()) {
            Head head = lockHead(c);
            if (head.mark() != null) {
                return true;
            }
            if (!firstKeyedStart) {
                return false;
            }
            AuditChain.KeyMark mark = AuditChain.KeyMark.of(key(), head.seq() + 1, head.link());
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_chain_head SET keyed_from = ?,"
                    + " keyed_sealed_link = ?, keyed_from_mac = ? WHERE id = 1")) {
                update.setLong(1, mark.keyedFrom());
                update.setString(2, mark.sealedLink());
                update.setString(3, mark.mac());
                update.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new EJBException("Audit chain head could not be marked", e);
        }
    }

    /** The head row, locked until the transaction ends. */
    private static Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT last_seq, last_hash, keyed_from, keyed_sealed_link,"
                + " keyed_from_mac FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new EJBException("Audit chain head is missing");
            }
            return new Head(rs.getLong(1), rs.getString(2), mark(rs));
        }
    }

    private record Head(long seq, String link, AuditChain.KeyMark mark) {
    }

    private void append(String actor, AuditAction action, String recordType, String recordId, String details) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ChainKey key = key();
        try (Connection c = dataSource.getConnection()) {
            Head head = lockHead(c);
            if (transactions != null && transactions.getTransactionKey() != null) {
                transactions.putResource(HEAD_LOCKED, Boolean.TRUE);
            }
            long seq = head.seq() + 1;
            String prev = head.link();
            // The link covers the details' digest, so a detail can be redacted later and the chain still verifies.
            String detailsDigest = AuditChain.detailsDigest(details);
            String digest = AuditChain.hashWithDigest(seq, now, actor, action.name(), recordType, recordId,
                    detailsDigest, prev);
            // Keyed also without a mark: a mark removed after start-up is reported, not silently replaced.
            boolean keyed = head.mark() == null || seq >= head.mark().keyedFrom();
            String hash = keyed ? AuditChain.keyedLink(key, prev, digest) : digest;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, actor, "
                    + "action, record_type, record_id, details, prev_hash, entry_hash, details_digest) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                insert.setLong(1, seq);
                insert.setObject(2, now.atOffset(ZoneOffset.UTC));
                insert.setString(3, actor);
                insert.setString(4, action.name());
                insert.setString(5, recordType);
                insert.setString(6, recordId);
                insert.setString(7, details);
                insert.setString(8, prev);
                insert.setString(9, hash);
                insert.setString(10, detailsDigest);
                insert.executeUpdate();
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                update.setLong(1, seq);
                update.setString(2, hash);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EJBException("Audit entry could not be written", e);
        }
    }

    private String actor() {
        return caller.name();
    }

    private static String detail(Map<String, String> values) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> o.add(e.getKey(), Objects.requireNonNullElse(e.getValue(), "")));
        return o.build().toString();
    }

}
