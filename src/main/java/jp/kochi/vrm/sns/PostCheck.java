package jp.kochi.vrm.sns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One question of a post's self-check, as the guideline worded it then, and the answer. */
@Embeddable
public class PostCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 300)
    private String item;

    @Column(nullable = false)
    private boolean passed;

    protected PostCheck() {
    }

    public PostCheck(String item, boolean passed) {
        this.item = item;
        this.passed = passed;
    }

    public String getItem() {
        return item;
    }

    public boolean isPassed() {
        return passed;
    }
}
