package jp.kochi.vrm.sns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * 発信できる情報: one version of an account's posting guideline: what may be posted, what must never be (one item per
 * line), reply and follow policy, hours and deletion policy. Never changed once written; a change is a new version.
 * The self-check of a post asks one question per item ({@link #checkItems()}).
 */
@Entity
@Table(name = "sns_guideline")
@NamedQuery(name = Guideline.OF_ACCOUNT, query = "SELECT g FROM Guideline g WHERE g.account.id = :account "
        + "ORDER BY g.versionNo DESC")
public class Guideline extends AuditedEntity {

    static final String OF_ACCOUNT = "Guideline.ofAccount";

    public static final int MAX_LIST = 2000;
    public static final int MAX_POLICY = 1000;
    public static final int MAX_ITEM = 200;
    public static final int MAX_ITEMS = 20;

    @Id
    @SequenceGenerator(name = "sns_guideline_seq", sequenceName = "sns_guideline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sns_guideline_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private SnsAccount account;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "may_post", nullable = false, length = MAX_LIST, updatable = false)
    private String mayPost;

    @Column(name = "must_not_post", nullable = false, length = MAX_LIST, updatable = false)
    private String mustNotPost;

    @Column(name = "reply_policy", nullable = false, length = MAX_POLICY, updatable = false)
    private String replyPolicy;

    @Column(name = "follow_policy", nullable = false, length = MAX_POLICY, updatable = false)
    private String followPolicy;

    @Column(name = "posting_hours", nullable = false, length = 200, updatable = false)
    private String postingHours;

    @Column(name = "deletion_policy", nullable = false, length = MAX_POLICY, updatable = false)
    private String deletionPolicy;

    @Column(name = "change_note", nullable = false, length = 500, updatable = false)
    private String changeNote;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** 削除: a security officer replaced the texts by 「（削除済み）」 (written only by {@link SnsAccounts}, in SQL). */
    @Column(name = "redacted_by", length = 100, insertable = false, updatable = false)
    private String redactedBy;

    @Column(name = "redacted_at", insertable = false, updatable = false)
    private OffsetDateTime redactedAt;

    @Column(name = "redaction_reason", length = 500, insertable = false, updatable = false)
    private String redactionReason;

    /** What the guideline form posts. */
    public record Text(String mayPost, String mustNotPost, String replyPolicy, String followPolicy, String postingHours,
            String deletionPolicy, String changeNote) {
    }

    protected Guideline() {
    }

    Guideline(SnsAccount account, int versionNo, Text t, String by, OffsetDateTime at) {
        this.mayPost = items(t.mayPost(), "sns.guideline.mayPost");
        this.mustNotPost = items(t.mustNotPost(), "sns.guideline.mustNotPost");
        this.replyPolicy = SecretText.clean(t.replyPolicy(), MAX_POLICY, "sns.guideline.replyPolicy", true);
        this.followPolicy = SecretText.clean(t.followPolicy(), MAX_POLICY, "sns.guideline.followPolicy", true);
        this.postingHours = SecretText.clean(t.postingHours(), 200, "sns.guideline.postingHours", true);
        this.deletionPolicy = SecretText.clean(t.deletionPolicy(), MAX_POLICY, "sns.guideline.deletionPolicy", true);
        this.changeNote = SecretText.clean(t.changeNote(), 500, "sns.changeNote", true);
        this.account = account;
        this.versionNo = versionNo;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** One item per non-blank line, each at most {@link #MAX_ITEM} characters, at most {@link #MAX_ITEMS}. */
    private static String items(String text, String field) {
        String clean = SecretText.clean(text, MAX_LIST, field, true);
        List<String> lines = lines(clean);
        if (lines.size() > MAX_ITEMS) {
            throw new BusinessRuleViolation("sns.guideline.tooManyItems", field, MAX_ITEMS);
        }
        for (String line : lines) {
            if (line.length() > MAX_ITEM) {
                throw new BusinessRuleViolation("sns.guideline.itemTooLong", field, MAX_ITEM);
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String item = line.strip().replaceFirst("^[・\\-*●○]\\s*", "");
            if (!item.isEmpty()) {
                lines.add(item);
            }
        }
        return lines;
    }

    public List<String> getMayPostItems() {
        return lines(mayPost);
    }

    public List<String> getMustNotPostItems() {
        return lines(mustNotPost);
    }

    /**
     * The self-check a post answers: first that it is within what may be posted, then one question per item that
     * must never be posted. Worded once here, stored with each post as it was asked.
     */
    public List<String> checkItems() {
        List<String> items = new ArrayList<>();
        items.add("発信できる情報の範囲内である（" + String.join("／", getMayPostItems()) + "）");
        for (String never : getMustNotPostItems()) {
            items.add("次の内容を含まない：" + never);
        }
        return items.stream().map(i -> i.length() > 300 ? i.substring(0, 299) + "…" : i).toList();
    }

    public Long getId() {
        return id;
    }

    public SnsAccount getAccount() {
        return account;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getMayPost() {
        return mayPost;
    }

    public String getMustNotPost() {
        return mustNotPost;
    }

    public String getReplyPolicy() {
        return replyPolicy;
    }

    public String getFollowPolicy() {
        return followPolicy;
    }

    public String getPostingHours() {
        return postingHours;
    }

    public String getDeletionPolicy() {
        return deletionPolicy;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isRedacted() {
        return redactedAt != null;
    }

    public String getRedactedBy() {
        return redactedBy;
    }

    public OffsetDateTime getRedactedAt() {
        return redactedAt;
    }

    public String getRedactionReason() {
        return redactionReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Text text() {
        return new Text(mayPost, mustNotPost, replyPolicy, followPolicy, postingHours, deletionPolicy, null);
    }

    @Override
    public String auditId() {
        return account.auditId() + "#" + versionNo;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("account", account.auditId());
        state.put("versionNo", Integer.toString(versionNo));
        state.put("mayPost", mayPost);
        state.put("mustNotPost", mustNotPost);
        state.put("replyPolicy", replyPolicy);
        state.put("followPolicy", followPolicy);
        state.put("postingHours", postingHours);
        state.put("deletionPolicy", deletionPolicy);
        state.put("note", changeNote);
        return state;
    }
}
