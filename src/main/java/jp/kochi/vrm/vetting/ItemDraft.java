package jp.kochi.vrm.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A checklist item being edited by the security officer, before it is published in a new version. */
public class ItemDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{vrm.checklist.code.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,19}", message = "{vrm.checklist.code.pattern}")
    private String code;

    @NotBlank(message = "{vrm.checklist.text.required}")
    @Size(max = 500)
    private String text;

    @Size(max = 500)
    private String textEn;

    private boolean myNumberOnly;
    private boolean essential;

    public ItemDraft() {
    }

    public ItemDraft(String code, String text, String textEn, boolean myNumberOnly, boolean essential) {
        setCode(code);
        setText(text);
        setTextEn(textEn);
        this.myNumberOnly = myNumberOnly;
        this.essential = essential;
    }

    static ItemDraft of(ChecklistItem item) {
        return new ItemDraft(item.getCode(), item.getText(), item.getTextEn(), item.isMyNumberOnly(), item.isEssential());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip();
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn == null || textEn.isBlank() ? null : textEn.strip();
    }

    public boolean isMyNumberOnly() {
        return myNumberOnly;
    }

    public void setMyNumberOnly(boolean myNumberOnly) {
        this.myNumberOnly = myNumberOnly;
    }

    public boolean isEssential() {
        return essential;
    }

    public void setEssential(boolean essential) {
        this.essential = essential;
    }
}
