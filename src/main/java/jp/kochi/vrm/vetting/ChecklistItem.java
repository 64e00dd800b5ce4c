package jp.kochi.vrm.vetting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import jp.kochi.vrm.platform.LocalText;

/** One question of a selection checklist version. Part of a published version: never changed afterwards. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "checklist_id", nullable = false, updatable = false)
    private SelectionChecklist checklist;

    @Column(nullable = false, updatable = false)
    private int position;

    /** A short stable code (RULES, TRAINING …) so answers compare across versions. */
    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = 500, updatable = false)
    private String text;

    @Column(name = "text_en", length = 500, updatable = false)
    private String textEn;

    /** Asked only for work with My Number (特定個人情報). */
    @Column(name = "my_number_only", nullable = false, updatable = false)
    private boolean myNumberOnly;

    /** 重要項目: a "no" here makes the contractor high risk on its own. */
    @Column(nullable = false, updatable = false)
    private boolean essential;

    protected ChecklistItem() {
    }

    ChecklistItem(SelectionChecklist checklist, int position, ItemDraft draft) {
        this.checklist = checklist;
        this.position = position;
        this.code = draft.getCode();
        this.text = draft.getText();
        this.textEn = draft.getTextEn();
        this.myNumberOnly = draft.isMyNumberOnly();
        this.essential = draft.isEssential();
    }

    /** An item outside the database, for unit tests of the tier rule. */
    static ChecklistItem of(String code, boolean essential, boolean myNumberOnly) {
        ChecklistItem item = new ChecklistItem();
        item.code = code;
        item.text = "質問 " + code;
        item.textEn = "Question " + code;
        item.essential = essential;
        item.myNumberOnly = myNumberOnly;
        return item;
    }

    /** Whether this item is asked for work with or without My Number. */
    public boolean appliesTo(boolean myNumberWork) {
        return !myNumberOnly || myNumberWork;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public String getTextEn() {
        return textEn;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) && textEn != null ? textEn : text;
    }

    /** The question in both languages, for naming the item in a message (never by its code). */
    public LocalText label() {
        return new LocalText(text, textEn);
    }

    public boolean isMyNumberOnly() {
        return myNumberOnly;
    }

    public boolean isEssential() {
        return essential;
    }
}
