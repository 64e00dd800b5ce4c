package jp.kochi.vrm.annex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed in an annex; all strings are plain text (never markup), already filled in.
 *
 * @param title          the annex title, e.g. 情報セキュリティに関する特記事項
 * @param documentNumber 文書番号, printed in the header and in the footer of every page
 * @param version        版, from 1
 * @param issuedOn       発行日, printed as 2026/11/26
 * @param issuer         the issuing office, e.g. 高知市 総務部 情報政策課
 * @param facts          rows of the facts table (契約番号, 契約件名, 受託者, 期間 …), in order
 * @param chapters       the chapters in order; article numbering restarts in each
 */
public record AnnexDocument(String title, String documentNumber, int version, LocalDate issuedOn,
        String issuer, List<Fact> facts, List<Chapter> chapters) {

    public AnnexDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(issuer, "issuer");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        facts = List.copyOf(facts);
        chapters = List.copyOf(chapters);
    }

    /** One row of the facts table. */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A chapter, e.g. 情報セキュリティに関する特記事項 or 個人情報取扱特記事項. Its articles are numbered from 第1条.
     */
    public record Chapter(String title, List<Article> articles) {
        public Chapter {
            Objects.requireNonNull(title, "title");
            articles = List.copyOf(articles);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("chapter '" + title + "' has no articles");
            }
        }
    }

    /**
     * An article (条), printed as 第1条（見出し）; its first paragraph (項) unnumbered, the following ones
     * numbered ２, ３ … in full-width digits, as in Japanese legal texts.
     *
     * @param heading    the 見出し without brackets; empty for an article without one (printed 第1条)
     * @param paragraphs at least one
     */
    public record Article(String heading, List<String> paragraphs) {
        public Article {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
            if (paragraphs.isEmpty()) {
                throw new IllegalArgumentException("article '" + heading + "' has no paragraphs");
            }
        }
    }
}
