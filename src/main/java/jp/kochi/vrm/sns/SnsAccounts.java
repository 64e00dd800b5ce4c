package jp.kochi.vrm.sns;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.kochi.vrm.audit.AuditChain;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contractor.ContractorCsv;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.SheetWriter;
import jp.kochi.vrm.platform.TextInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The official accounts' boundary. Every read is limited by {@link SnsAccess}: an SNS owner sees only the accounts
 * naming them, and anything else is answered as a missing record. One call, one transaction; the rules are in the
 * entities.
 */
@Stateless
@Allowed({Roles.SNS_OWNER, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class SnsAccounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditLog auditLog;

    public SnsAccounts() {
    }

    /** For tests of the boundary outside the container. */
    SnsAccounts(EntityManager em, CallerContext caller, Clock clock, PortalSettings settings) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
        this.settings = settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int dormantDays() {
        return settings.snsDormantDays();
    }

    public SnsAccess access() {
        boolean officer = caller.has(Roles.SECURITY_OFFICER);
        boolean readsAll = officer || caller.has(Roles.AUDITOR) || caller.has(Roles.ADMIN);
        return new SnsAccess(caller.name(), readsAll, officer,
                caller.has(Roles.SNS_OWNER));
    }

    // --- reading --------------------------------------------------------------------------------------------

    /** The accounts the caller may see, each marked dormant or not and with its open flags counted. */
    public List<AccountRow> list() {
        SnsAccess access = access();
        List<SnsAccount> accounts = access.readsAll()
                ? em.createNamedQuery(SnsAccount.ALL, SnsAccount.class).getResultList()
                : em.createNamedQuery(SnsAccount.OF_USER, SnsAccount.class).setParameter("user", access.user()).getResultList();
        Map<Long, Long> flags = new HashMap<>();
        em.createQuery("SELECT p.account.id, COUNT(p) FROM SnsPost p WHERE p.flagged = :flagged AND p.resolvedAt IS NULL "
                + "GROUP BY p.account.id", Object[].class).setParameter("flagged", Boolean.TRUE).getResultList()
                .forEach(r -> flags.put((Long) r[0], (Long) r[1]));
        LocalDate today = today();
        int days = dormantDays();
        return accounts.stream().sorted(SnsAccount.LIST_ORDER)
                .map(a -> new AccountRow(a, a.isDormant(today, days), flags.getOrDefault(a.getId(), 0L))).toList();
    }

    /** An account the caller may see; another is answered like a missing one. */
    public SnsAccount find(@NotNull Long id) {
        SnsAccount a = em.find(SnsAccount.class, id);
        if (a == null || !access().mayRead(a)) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        a.getDepartment().getName();
        if (a.getContract() != null) {
            a.getContract().getContractNumber();
        }
        return a;
    }

    /** Everything the account's page shows, read in one call: the account, its versions, its newest posts. */
    public record AccountView(SnsAccount account, SnsAccess access, List<Guideline> guidelines,
            List<Procedure> procedures, List<SnsPost> recentPosts) {
    }

    public AccountView view(@NotNull Long id, int recentPosts) {
        SnsAccount account = find(id);
        PostSearch search = new PostSearch();
        search.setAccountId(id);
        return new AccountView(account, access(),
                em.createNamedQuery(Guideline.OF_ACCOUNT, Guideline.class).setParameter("account", id).getResultList(),
                em.createNamedQuery(Procedure.OF_ACCOUNT, Procedure.class).setParameter("account", id).getResultList(),
                posts(search, recentPosts));
    }

    public List<Guideline> guidelines(@NotNull Long accountId) {
        find(accountId);
        return em.createNamedQuery(Guideline.OF_ACCOUNT, Guideline.class).setParameter("account", accountId).getResultList();
    }

    public List<Procedure> procedures(@NotNull Long accountId) {
        find(accountId);
        return em.createNamedQuery(Procedure.OF_ACCOUNT, Procedure.class).setParameter("account", accountId).getResultList();
    }

    public Optional<Guideline> currentGuideline(@NotNull Long accountId) {
        return guidelines(accountId).stream().findFirst();
    }

    /** Logged posts of the accounts the caller may see, newest first, at most {@code limit}. */
    public List<SnsPost> posts(@NotNull PostSearch search, int limit) {
        TypedQuery<SnsPost> q = postQuery(search);
        List<SnsPost> posts = q.setMaxResults(limit).getResultList();
        posts.forEach(p -> p.getChecks().size());
        return posts;
    }

    /** Open flags on the accounts the caller sees: the same posts the post log lists with its flag filter. */
    public long openFlagCount() {
        SnsAccess access = access();
        String jpql = "SELECT COUNT(p) FROM SnsPost p WHERE p.flagged = :flagged AND p.resolvedAt IS NULL"
                + (access.readsAll() ? "" : " AND (p.account.responsibleUser = :user OR p.account.deputyUser = :user)");
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("flagged", Boolean.TRUE);
        if (!access.readsAll()) {
            q.setParameter("user", access.user());
        }
        return q.getSingleResult();
    }

    /** The dormant accounts the caller may see. */
    public List<SnsAccount> dormant() {
        return list().stream().filter(AccountRow::dormant).map(AccountRow::account).toList();
    }

    /** The post log's columns: message key of the title, and the width in the workbook. */
    private static final List<Map.Entry<String, Integer>> POST_COLUMNS = List.of(Map.entry("sns.post.postedOn", 12),
            Map.entry("sns.displayName", 24), Map.entry("sns.platform", 12), Map.entry("sns.handle", 20),
            Map.entry("sns.post.category", 14), Map.entry("sns.post.content", 60), Map.entry("sns.post.flagged", 12),
            Map.entry("sns.post.failedItems", 30), Map.entry("sns.post.resolution", 30),
            Map.entry("sns.post.recordedBy", 16));

    /** The post log as CSV (UTF-8 with BOM, for Excel), formulas neutralised; {@code label} gives column titles. */
    public void export(@NotNull PostSearch search, Writer out, UnaryOperator<String> label) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(POST_COLUMNS.stream().map(Map.Entry::getKey).map(label).map(ContractorCsv::neutralise));
        for (SnsPost p : postQuery(search).getResultList()) {
            List<Object> cells = new ArrayList<>(postCells(p, label));
            cells.set(0, Dates.format(p.getPostedOn()));
            printer.printRecord(cells.stream().map(c -> ContractorCsv.neutralise((String) c)).toList());
        }
        printer.flush();
    }

    /** The post log as an Excel workbook (.xlsx): the same columns, the day of posting as a date cell. */
    public void exportXlsx(@NotNull PostSearch search, OutputStream out, UnaryOperator<String> label)
            throws IOException {
        SheetWriter sheet = SheetWriter.start(out, label.apply("sns.posts.heading"), POST_COLUMNS.stream()
                .map(c -> c.getKey().equals("sns.post.postedOn") ? SheetWriter.Column.date(label.apply(c.getKey()))
                        : SheetWriter.Column.text(label.apply(c.getKey()), c.getValue()))
                .toList());
        for (SnsPost p : postQuery(search).getResultList()) {
            sheet.row(postCells(p, label));
        }
        sheet.finish();
    }

    /** A post's cells in {@link #POST_COLUMNS} order; the first is the day of posting. */
    private static List<Object> postCells(SnsPost p, UnaryOperator<String> label) {
        SnsAccount a = p.getAccount();
        return List.of(p.getPostedOn(), a.getDisplayName(), label.apply("sns.platform." + a.getPlatform().name()),
                a.getHandle(), label.apply("sns.post.category." + p.getCategory().name()), p.getContent(),
                p.isFlagged() ? label.apply(p.isOpenFlag() ? "sns.post.flag.open" : "sns.post.flag.resolved") : "",
                String.join(" / ", p.getFailedItems()),
                p.getResolutionNote() == null ? "" : p.getResolutionNote(), p.getRecordedBy());
    }

    private TypedQuery<SnsPost> postQuery(PostSearch s) {
        SnsAccess access = access();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!access.readsAll()) {
            where.add("(a.responsibleUser = :user OR a.deputyUser = :user)");
            params.put("user", access.user());
        }
        if (s.getAccountId() != null) {
            where.add("a.id = :account");
            params.put("account", s.getAccountId());
        }
        if (s.getCategory() != null) {
            where.add("p.category = :category");
            params.put("category", s.getCategory());
        }
        if (s.getFrom() != null) {
            where.add("p.postedOn >= :from");
            params.put("from", s.getFrom());
        }
        if (s.getTo() != null) {
            where.add("p.postedOn <= :to");
            params.put("to", s.getTo());
        }
        if (s.isFlaggedOnly()) {
            where.add("p.flagged = :flagged AND p.resolvedAt IS NULL");
            params.put("flagged", Boolean.TRUE);
        }
        if (s.getText() != null && !s.getText().isBlank()) {
            String text = s.getText().strip();
            if (text.length() > 100) {
                throw new BusinessRuleViolation("app.tooLong", "sns.post.search", 100);
            }
            where.add("LOWER(p.content) LIKE :text ESCAPE '\\'");
            params.put("text", "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String jpql = "SELECT p FROM SnsPost p JOIN FETCH p.account a"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY p.postedOn DESC, p.id DESC";
        TypedQuery<SnsPost> q = em.createQuery(jpql, SnsPost.class);
        params.forEach(q::setParameter);
        return q;
    }

    /** Contracts a contractor-operated account may name (the form shows SNS owners their numbers only). */
    public List<Contract> contracts() {
        return em.createQuery("SELECT c FROM Contract c ORDER BY c.contractNumber DESC", Contract.class).getResultList();
    }

    // --- changing -------------------------------------------------------------------------------------------

    /** A new account with its first guideline and procedure. */
    @Allowed({Roles.SNS_OWNER, Roles.SECURITY_OFFICER})
    public SnsAccount create(@NotNull AccountForm form, @NotNull TextForm texts) {
        SnsAccount.Facts facts = facts(form);
        if (!access().mayCreate(facts)) {
            throw new BusinessRuleViolation("sns.create.notNamed");
        }
        unique(facts.address(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SnsAccount a = new SnsAccount(facts, today(), caller(), now);
        Guideline g = new Guideline(a, 1, texts.guideline(), caller(), now);
        Procedure p = new Procedure(a, 1, texts.procedure(), caller(), now);
        em.persist(a);
        em.persist(g);
        em.persist(p);
        StoredRecords.flush(em);
        return a;
    }

    @Allowed({Roles.SNS_OWNER, Roles.SECURITY_OFFICER})
    public SnsAccount update(@NotNull Long id, long expectedVersion, @NotNull AccountForm form) {
        SnsAccount a = StoredRecords.current(editable(id), expectedVersion);
        SnsAccount.Facts facts = facts(form);
        if (!access().officer() && !facts.responsibleUser().equals(caller()) && !caller().equals(facts.deputyUser())) {
            throw new BusinessRuleViolation("sns.update.wouldLoseAccess");
        }
        unique(facts.address(), id);
        LocalDate firstPost = em.createQuery("SELECT p.postedOn FROM SnsPost p WHERE p.account.id = :account "
                + "ORDER BY p.postedOn", LocalDate.class).setParameter("account", id).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        if (firstPost != null && facts.openedOn() != null && facts.openedOn().isAfter(firstPost)) {
            throw new BusinessRuleViolation("sns.openedOn.afterPosts");
        }
        a.describe(facts, today(), caller());
        StoredRecords.flush(em);
        return a;
    }

    /**
     * 公開確認: a security officer makes the account's current platform, address and handle public. The one who
     * registered or last changed them is refused (and the refusal audited).
     */
    @Allowed(Roles.SECURITY_OFFICER)
    public SnsAccount confirm(@NotNull Long id, long expectedVersion) {
        SnsAccount a = StoredRecords.current(editable(id), expectedVersion);
        a.confirm(caller(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return a;
    }

    /**
     * 削除 of a stored guideline version by a security officer: every text becomes 「（削除済み）」, with the reason; the
     * version's own audit entries lose their details too (those that can: written since V18), and the redaction is
     * audited. Nothing else changes.
     *
     * @return how many of the version's audit entries kept their details (written before V18)
     */
    @Allowed(Roles.SECURITY_OFFICER)
    public int redactGuideline(@NotNull Long id, String reason) {
        Guideline g = em.find(Guideline.class, id);
        if (g == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        return redact("sns_guideline", List.of("may_post", "must_not_post", "reply_policy", "follow_policy",
                "posting_hours", "deletion_policy", "change_note"), g.isRedacted(), g.auditType(), id, reason);
    }

    /** 削除 of a stored procedure version, as {@link #redactGuideline}. */
    @Allowed(Roles.SECURITY_OFFICER)
    public int redactProcedure(@NotNull Long id, String reason) {
        Procedure p = em.find(Procedure.class, id);
        if (p == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        return redact("sns_procedure", List.of("operation", "incident_response", "change_note"), p.isRedacted(),
                p.auditType(), id, reason);
    }

    private int redact(String table, List<String> columns, boolean already, String recordType, Long id,
            String reason) {
        if (already) {
            throw new BusinessRuleViolation("audit.redact.already");
        }
        String why = TextInput.clean(reason, AuditLog.MAX_REDACTION_REASON, "audit.redact.reason", true);
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (String column : columns) {
            sql.append(column).append(" = ?1, ");
        }
        sql.append("redacted_by = ?2, redacted_at = ?3, redaction_reason = ?4, version = version + 1 WHERE id = ?5 "
                + "AND redacted_at IS NULL");
        em.flush();
        int updated = em.createNativeQuery(sql.toString()).setParameter(1, AuditChain.REDACTED)
                .setParameter(2, caller()).setParameter(3, OffsetDateTime.now(clock)).setParameter(4, why)
                .setParameter(5, id).executeUpdate();
        if (updated != 1) {
            throw new BusinessRuleViolation("audit.redact.already");
        }
        em.clear();
        return auditLog.redactRecord(recordType, id.toString(), why);
    }

    /** Accounts waiting for a security officer's confirmation before they are public (officers see them all). */
    @Allowed({Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public long unconfirmedCount() {
        return em.createQuery("SELECT COUNT(a) FROM SnsAccount a WHERE a.confirmedBy IS NULL", Long.class)
                .getSingleResult();
    }

    @Allowed({Roles.SNS_OWNER, Roles.SECURITY_OFFICER})
    public Guideline addGuideline(@NotNull Long accountId, @NotNull TextForm texts) {
        SnsAccount a = editable(accountId);
        int next = guidelines(accountId).stream().mapToInt(Guideline::getVersionNo).max().orElse(0) + 1;
        Guideline g = new Guideline(a, next, texts.guideline(), caller(), OffsetDateTime.now(clock));
        em.persist(g);
        StoredRecords.flush(em);
        return g;
    }

    @Allowed({Roles.SNS_OWNER, Roles.SECURITY_OFFICER})
    public Procedure addProcedure(@NotNull Long accountId, @NotNull TextForm texts) {
        SnsAccount a = editable(accountId);
        int next = procedures(accountId).stream().mapToInt(Procedure::getVersionNo).max().orElse(0) + 1;
        Procedure p = new Procedure(a, next, texts.procedure(), caller(), OffsetDateTime.now(clock));
        em.persist(p);
        StoredRecords.flush(em);
        return p;
    }

    /**
     * Logs a post with its self-check against the current guideline.
     *
     * @param guidelineId the guideline version the form showed: a newer one meanwhile refuses the post
     * @param passed      the answers, one per check item of that version
     */
    @Allowed(Roles.SNS_OWNER)
    public SnsPost logPost(@NotNull Long accountId, Long guidelineId, LocalDate postedOn, String content,
            PostCategory category, List<Boolean> passed) {
        SnsAccount a = find(accountId);
        if (!access().mayLog(a)) {
            throw new BusinessRuleViolation(a.getStatus() == AccountStatus.CLOSED ? "sns.post.closed" : "error.recordMissing");
        }
        Guideline g = currentGuideline(accountId).orElseThrow(() -> new BusinessRuleViolation("sns.post.noGuideline"));
        if (guidelineId != null && !guidelineId.equals(g.getId())) {
            throw new BusinessRuleViolation("sns.post.checksChanged");
        }
        SnsPost post = new SnsPost(a, g, postedOn, content, category, passed == null ? null : new ArrayList<>(passed),
                today(), caller(), OffsetDateTime.now(clock));
        a.posted(post.getPostedOn());
        em.persist(post);
        StoredRecords.flush(em);
        return post;
    }

    /** Records the yearly review (年次点検) of an account the caller may edit; the next is due in a year. */
    @Allowed({Roles.SNS_OWNER, Roles.SECURITY_OFFICER})
    public SnsAccount recordReview(@NotNull Long id, long expectedVersion) {
        SnsAccount a = StoredRecords.current(editable(id), expectedVersion);
        a.reviewed(today(), caller());
        StoredRecords.flush(em);
        return a;
    }

    @Allowed({Roles.SNS_OWNER, Roles.SECURITY_OFFICER})
    public SnsPost resolve(@NotNull Long postId, long expectedVersion, String note) {
        SnsPost p = em.find(SnsPost.class, postId);
        if (p == null || !access().mayRead(p.getAccount()) || !access().mayResolve(p)) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        StoredRecords.current(p, expectedVersion).resolve(note, caller(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return p;
    }

    private SnsAccount editable(Long id) {
        SnsAccount a = em.find(SnsAccount.class, id);
        if (a == null || !access().mayEdit(a)) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        return a;
    }

    private void unique(String address, Long id) {
        String key;
        try {
            key = AccountAddress.address(address == null ? "" : address);
        } catch (BusinessRuleViolation e) {
            return; // the entity says what is wrong with the address
        }
        em.createNamedQuery(SnsAccount.BY_ADDRESS, SnsAccount.class).setParameter("address", key).getResultStream()
                .filter(other -> !other.getId().equals(id)).findFirst().ifPresent(other -> {
                    throw new BusinessRuleViolation("sns.address.taken");
                });
    }

    private SnsAccount.Facts facts(AccountForm f) {
        Department department = f.getDepartmentId() == null ? null : em.find(Department.class, f.getDepartmentId());
        if (f.getDepartmentId() != null && department == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        Contract contract = f.getContractId() == null ? null : em.find(Contract.class, f.getContractId());
        if (f.getContractId() != null && contract == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        return new SnsAccount.Facts(f.getPlatform(), f.getPlatformOther(), f.getHandle(), f.getAddress(),
                f.getDisplayName(), department, f.getResponsibleUser(), f.getResponsibleName(), f.getDeputyUser(),
                f.getDeputyName(), f.getOperator(), contract, f.getPurpose(), f.getAudience(), f.getStatus(), f.isMfa(),
                f.getCredentialLocation(), f.getCredentialHolder(), f.getCredentialsChangedOn(), f.getOpenedOn());
    }

    private String caller() {
        return caller.name();
    }
}
