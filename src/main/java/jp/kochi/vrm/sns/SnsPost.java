package jp.kochi.vrm.sns;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 投稿記録: a post the responsible person or deputy logged, with its self-check against the guideline version
 * current then. A failed check flags the post until it is resolved with a note.
 */
@Entity
@Table(name = "sns_post")
public class SnsPost extends AuditedEntity {

    public static final int MAX_CONTENT = 1000;

    @Id
    @SequenceGenerator(name = "sns_post_seq", sequenceName = "sns_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sns_post_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private SnsAccount account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id", nullable = false, updatable = false)
    private Guideline guideline;

    @Column(name = "posted_on", nullable = false, updatable = false)
    private LocalDate postedOn;

    @Column(nullable = false, length = MAX_CONTENT, updatable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PostCategory category;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "sns_post_check", joinColumns = @JoinColumn(name = "post_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<PostCheck> checks = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private boolean flagged;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected SnsPost() {
    }

    /**
     * @param passed the answers, one per item of {@link Guideline#checkItems()}, in order
     */
    SnsPost(SnsAccount account, Guideline guideline, LocalDate postedOn, String content, PostCategory category,
            List<Boolean> passed, LocalDate today, String by, OffsetDateTime at) {
        if (postedOn == null) {
            throw new BusinessRuleViolation("app.required", "sns.post.postedOn");
        }
        if (postedOn.isAfter(today)) {
            throw new BusinessRuleViolation("sns.post.future");
        }
        if (postedOn.isBefore(account.getOpenedOn())) {
            throw new BusinessRuleViolation("sns.post.beforeOpened");
        }
        String cleanContent = TextInput.clean(content, MAX_CONTENT, "sns.post.content", true);
        if (category == null) {
            throw new BusinessRuleViolation("app.required", "sns.post.category");
        }
        List<String> items = guideline.checkItems();
        if (passed == null || passed.size() != items.size() || passed.stream().anyMatch(Objects::isNull)) {
            throw new BusinessRuleViolation("sns.post.checksChanged");
        }
        for (int i = 0; i < items.size(); i++) {
            checks.add(new PostCheck(items.get(i), passed.get(i)));
        }
        this.account = account;
        this.guideline = guideline;
        this.postedOn = postedOn;
        this.content = cleanContent;
        this.category = category;
        this.flagged = passed.contains(Boolean.FALSE);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** 確認済み: the responsible person (or a security officer) says what was done about the failed check. */
    public void resolve(String note, String by, OffsetDateTime at) {
        if (!flagged) {
            throw new BusinessRuleViolation("sns.post.notFlagged");
        }
        if (resolvedAt != null) {
            throw new BusinessRuleViolation("sns.post.alreadyResolved");
        }
        if (by == null || by.equals(recordedBy)) {
            // The finding is closed by someone other than the one who logged the post (二者確認).
            throw BusinessRuleViolation.refusal("sns.post.resolveOwn");
        }
        this.resolutionNote = TextInput.clean(note, 1000, "sns.post.resolutionNote", true);
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    /** Flagged and not yet resolved. */
    public boolean isOpenFlag() {
        return flagged && resolvedAt == null;
    }

    public List<String> getFailedItems() {
        return checks.stream().filter(c -> !c.isPassed()).map(PostCheck::getItem).toList();
    }

    public Long getId() {
        return id;
    }

    public SnsAccount getAccount() {
        return account;
    }

    public Guideline getGuideline() {
        return guideline;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public String getContent() {
        return content;
    }

    public PostCategory getCategory() {
        return category;
    }

    public List<PostCheck> getChecks() {
        return checks;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("account", account.auditId());
        state.put("guideline", guideline.auditId());
        state.put("postedOn", postedOn.toString());
        state.put("content", content);
        state.put("category", category.name());
        state.put("checks", checks.stream().map(c -> (c.isPassed() ? "✓ " : "✗ ") + c.getItem())
                .collect(Collectors.joining("; ")));
        state.put("flagged", Boolean.toString(flagged));
        state.put("resolvedBy", resolvedBy);
        state.put("resolutionNote", resolutionNote);
        return state;
    }
}
