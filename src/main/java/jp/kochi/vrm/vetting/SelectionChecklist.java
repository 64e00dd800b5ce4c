package jp.kochi.vrm.vetting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * 選定チェックリスト: one published version of the selection checklist. Versions are never edited: the security
 * officer's changes publish the next version, and every vetting keeps the version it was filled against.
 */
@Entity
@Table(name = "selection_checklist")
@NamedQuery(name = SelectionChecklist.LATEST,
        query = "SELECT c FROM SelectionChecklist c ORDER BY c.versionNo DESC")
public class SelectionChecklist extends AuditedEntity {

    static final String LATEST = "SelectionChecklist.latest";

    @Id
    @SequenceGenerator(name = "selection_checklist_seq", sequenceName = "selection_checklist_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_checklist_seq")
    private Long id;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    /** What changed in this version, for the history. */
    @Column(nullable = false, length = 500, updatable = false)
    private String note;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, length = 100, updatable = false)
    private String publishedBy;

    @OneToMany(mappedBy = "checklist", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    protected SelectionChecklist() {
    }

    /** The version after {@code previous}, with these items; refuses an empty list and repeated codes. */
    public static SelectionChecklist publish(SelectionChecklist previous, List<ItemDraft> drafts, String note,
            String publisher, OffsetDateTime at) {
        if (drafts.isEmpty()) {
            throw new BusinessRuleViolation("checklist.empty");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleViolation("checklist.note.required");
        }
        if (note.strip().length() > 500) {
            throw new BusinessRuleViolation("checklist.note.tooLong", 500);
        }
        Set<String> codes = new HashSet<>();
        for (ItemDraft draft : drafts) {
            if (!codes.add(draft.getCode())) {
                throw new BusinessRuleViolation("checklist.code.duplicate", draft.getCode());
            }
        }
        SelectionChecklist next = new SelectionChecklist();
        next.versionNo = previous == null ? 1 : previous.versionNo + 1;
        next.note = note.strip();
        next.publishedBy = publisher;
        next.publishedAt = at;
        for (int i = 0; i < drafts.size(); i++) {
            next.items.add(new ChecklistItem(next, i + 1, drafts.get(i)));
        }
        return next;
    }

    /** The items as drafts, to start editing the next version from this one. */
    public List<ItemDraft> drafts() {
        return items.stream().map(ItemDraft::of).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The items asked for this work. */
    public List<ChecklistItem> itemsFor(boolean myNumberWork) {
        return items.stream().filter(i -> i.appliesTo(myNumberWork)).toList();
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<ChecklistItem> getItems() {
        return items;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("versionNo", Integer.toString(versionNo));
        state.put("note", note);
        // Numbered questions with their marks in words, not their codes: the audit log is read by people.
        state.put("items", items.stream().map(i -> i.getPosition() + ". " + i.getText()
                + (i.isEssential() ? "（重要項目）" : "") + (i.isMyNumberOnly() ? "（特定個人情報）" : ""))
                .collect(Collectors.joining("\n")));
        return state;
    }
}
