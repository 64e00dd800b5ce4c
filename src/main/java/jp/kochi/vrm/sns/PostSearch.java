package jp.kochi.vrm.sns;

import java.io.Serializable;
import java.time.LocalDate;

/** The post log's filter: text in the content, account, category, dates, open flags only. */
public class PostSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Long accountId;
    private PostCategory category;
    private LocalDate from;
    private LocalDate to;
    private boolean flaggedOnly;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public PostCategory getCategory() {
        return category;
    }

    public void setCategory(PostCategory category) {
        this.category = category;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }
}
