package jp.kochi.vrm.sns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * One account ({@code /staff/sns/view.xhtml?id=}): its facts and security facts, the current guideline and
 * procedure with their versions, the post log form with the self-check, and the posts with their flags.
 */
@Named
@ViewScoped
public class SnsAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Posts shown on the account's page; the post log page has them all. */
    static final int RECENT_POSTS = 50;

    @Inject
    private SnsAccounts accounts;

    @Inject
    private UiMessages messages;

    private Long id;
    private SnsAccount account;
    private SnsAccess access;
    private List<Guideline> guidelines = List.of();
    private List<Procedure> procedures = List.of();
    private List<SnsPost> posts = List.of();
    private LocalDate today;

    private LocalDate postedOn;
    private String content;
    private PostCategory category;
    private List<CheckAnswer> checks = List.of();
    private Long checkedGuidelineId;
    private String resolutionNote;

    public void load() {
        today = accounts.today();
        account = null;
        if (id != null) {
            try {
                reload();
            } catch (BusinessRuleViolation e) {
                account = null;
            }
        }
        if (account == null) {
            messages.error("sns.notFound");
        }
    }

    private void reload() {
        SnsAccounts.AccountView view = accounts.view(id, RECENT_POSTS);
        account = view.account();
        access = view.access();
        guidelines = view.guidelines();
        procedures = view.procedures();
        posts = view.recentPosts();
        resetPostForm();
    }

    private void resetPostForm() {
        postedOn = today;
        content = null;
        category = null;
        Guideline current = getGuideline();
        checkedGuidelineId = current == null ? null : current.getId();
        checks = current == null ? List.of() : current.checkItems().stream().map(CheckAnswer::new).toList();
    }

    public void logPost() {
        try {
            List<Boolean> answers = checks.stream().map(CheckAnswer::getPassed).toList();
            SnsPost post = accounts.logPost(id, checkedGuidelineId, postedOn, content, category, answers);
            messages.info(post.isFlagged() ? "sns.post.loggedFlagged" : "sns.post.logged");
            reload();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            if ("sns.post.checksChanged".equals(e.messageKey())) {
                refreshChecks();
            }
        }
    }

    /** The guideline was revised meanwhile: ask its questions now, keeping the date, category and text typed. */
    private void refreshChecks() {
        guidelines = accounts.guidelines(id);
        Guideline current = getGuideline();
        checkedGuidelineId = current == null ? null : current.getId();
        checks = current == null ? List.of() : current.checkItems().stream().map(CheckAnswer::new).toList();
    }

    private String redactReason;

    public void resolve(SnsPost post) {
        try {
            accounts.resolve(post.getId(), post.getVersion(), resolutionNote);
            messages.info("sns.post.resolved");
            resolutionNote = null;
            reload();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void recordReview() {
        try {
            accounts.recordReview(account.getId(), account.getVersion());
            messages.info("sns.review.recorded");
            reload();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    /** 公開確認 by a security officer other than the one who registered or changed the account's address. */
    public void confirm() {
        try {
            accounts.confirm(account.getId(), account.getVersion());
            messages.info("sns.confirm.done");
            reload();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    /** 削除 of a stored version by a security officer, with the reason typed beside the versions. */
    public void redactGuideline(Guideline v) {
        redacted(v.getVersionNo(), () -> accounts.redactGuideline(v.getId(), redactReason));
    }

    public void redactProcedure(Procedure v) {
        redacted(v.getVersionNo(), () -> accounts.redactProcedure(v.getId(), redactReason));
    }

    private void redacted(int versionNo, java.util.function.IntSupplier redaction) {
        try {
            int kept = redaction.getAsInt();
            if (kept == 0) {
                messages.info("sns.redact.done", versionNo);
            } else {
                messages.info("sns.redact.doneLegacy", versionNo, kept);
            }
            redactReason = null;
            reload();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public boolean isOfficer() {
        return access.officer();
    }

    public String getRedactReason() {
        return redactReason;
    }

    public void setRedactReason(String redactReason) {
        this.redactReason = redactReason;
    }

    public boolean isCanConfirm() {
        return access.mayConfirm(account);
    }

    public boolean isReviewOverdue() {
        return account != null && account.isReviewOverdue(today);
    }

    public boolean isFound() {
        return account != null;
    }

    public boolean isCanEdit() {
        return access.mayEdit(account);
    }

    public boolean isCanLog() {
        return access.mayLog(account) && getGuideline() != null;
    }

    public boolean canResolve(SnsPost p) {
        return p.isOpenFlag() && access.mayResolve(p) && !p.getRecordedBy().equals(access.user());
    }

    public boolean isHasOpenFlags() {
        return posts.stream().anyMatch(SnsPost::isOpenFlag);
    }

    public boolean isDormant() {
        return account.isDormant(today, accounts.dormantDays());
    }

    public int getDormantDays() {
        return accounts.dormantDays();
    }

    public Guideline getGuideline() {
        return guidelines.isEmpty() ? null : guidelines.get(0);
    }

    public Procedure getProcedure() {
        return procedures.isEmpty() ? null : procedures.get(0);
    }

    public PostCategory[] getCategories() {
        return PostCategory.values();
    }

    public SnsAccount getAccount() {
        return account;
    }

    public List<Guideline> getGuidelines() {
        return guidelines;
    }

    public List<Procedure> getProcedures() {
        return procedures;
    }

    public List<SnsPost> getPosts() {
        return posts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public void setPostedOn(LocalDate postedOn) {
        this.postedOn = postedOn;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public PostCategory getCategory() {
        return category;
    }

    public void setCategory(PostCategory category) {
        this.category = category;
    }

    public List<CheckAnswer> getChecks() {
        return checks;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public void setResolutionNote(String resolutionNote) {
        this.resolutionNote = resolutionNote;
    }
}
