package jp.kochi.vrm.sns;

import java.io.Serializable;

/** One self-check question on the post form, and the answer given (none yet: {@code null}). */
public class CheckAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String item;
    private Boolean passed;

    public CheckAnswer(String item) {
        this.item = item;
    }

    public String getItem() {
        return item;
    }

    public Boolean getPassed() {
        return passed;
    }

    public void setPassed(Boolean passed) {
        this.passed = passed;
    }
}
