package jp.kochi.vrm.clause;

/** The annex a clause is printed in; articles are numbered per chapter. */
public enum ClauseChapter {
    /** 情報セキュリティに関する特記事項. */
    SECURITY("情報セキュリティに関する特記事項"),
    /** 個人情報取扱特記事項. */
    PERSONAL_INFORMATION("個人情報取扱特記事項");

    private final String annexTitle;

    ClauseChapter(String annexTitle) {
        this.annexTitle = annexTitle;
    }

    /** The chapter's title as printed in the (Japanese) annex. */
    public String annexTitle() {
        return annexTitle;
    }
}
