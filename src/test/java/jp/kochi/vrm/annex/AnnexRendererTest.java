package jp.kochi.vrm.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class AnnexRendererTest {

    /** One renderer for the whole class, as the portal keeps one. */
    private static final AnnexRenderer RENDERER = new AnnexRenderer(AnnexTemplate.fromClasspath());

    private static final Pattern ARTICLE_HEADING = Pattern.compile("(?m)^第\\d+条（.*）$");
    private static final Pattern FOOTER_PAGE = Pattern.compile("(\\d+) / (\\d+)");

    @Test
    void printsTitleFactsAndTheArticlesOfEachChapterInOrder() {
        AnnexDocument annex = AnnexSamples.twoChapters(4, 3);

        String text = PdfText.of(RENDERER.render(annex).pdf());

        assertTrue(text.contains(AnnexSamples.TITLE), text);
        assertTrue(text.contains("文書番号　2026-情政-001-SA（第2版）"), text);
        assertTrue(text.contains("発行日　2026/11/26"), text);
        assertTrue(text.contains("高知市 総務部 情報政策課"), text);
        assertTrue(text.contains("契約番号 R8-情政-0042"), text);
        assertTrue(text.contains("受託者 株式会社土佐情報システム"), text);
        assertTrue(text.contains("契約期間 2026/12/01 から 2029/11/30 まで"), text);
        assertTrue(text.contains("個人情報取扱特記事項"), text);
        assertEquals(List.of(
                "第1条（目的）", "第2条（定義）", "第3条（責任体制）", "第4条（秘密の保持）",
                "第1条（目的）", "第2条（定義）", "第3条（責任体制）"), headings(text));
    }

    @Test
    void numbersTheParagraphsAfterTheFirstInFullWidthDigits() {
        AnnexDocument annex = new AnnexDocument("特記事項", "2026-情政-009-SA", 1, LocalDate.of(2026, 11, 26), "情報政策課",
                List.of(), List.of(new AnnexDocument.Chapter("特記事項", List.of(new AnnexDocument.Article("",
                        List.of("最初の項。", "二番目の項。", "三番目の項。"))))));

        List<String> lines = PdfText.lines(RENDERER.render(annex).pdf());

        assertTrue(lines.contains("第1条"), lines::toString);
        assertTrue(lines.contains("最初の項。"), lines::toString);
        assertTrue(lines.contains("２　二番目の項。"), lines::toString);
        assertTrue(lines.contains("３　三番目の項。"), lines::toString);
    }

    @Test
    void everyPageHasTheFooterWithDocumentNumberVersionAndPageOfPages() {
        AnnexRenderer.Rendered rendered = RENDERER.render(AnnexSamples.contract(20));

        List<String> pages = PdfText.pages(rendered.pdf());

        assertTrue(rendered.pageCount() > 1);
        assertEquals(rendered.pageCount(), pages.size());
        for (int n = 1; n <= pages.size(); n++) {
            String page = pages.get(n - 1);
            assertTrue(page.contains("文書番号 2026-情政-001-SA　第2版"), "page " + n + ": " + page);
            assertTrue(page.contains(n + " / " + pages.size()), "page " + n + ": " + page);
        }
    }

    @Test
    void leavesNoTemplateMarkersInThePdf() {
        String text = PdfText.of(RENDERER.render(AnnexSamples.contract(3)).pdf());

        assertFalse(text.contains("{{"), text);
        assertFalse(text.contains("${"), text);
        assertFalse(text.contains("data-annex"), text);
        assertFalse(text.contains("<"), text);
    }

    @Test
    void embedsEveryFontAndUsesIpaexMinchoOnly() throws IOException {
        byte[] pdf = RENDERER.render(AnnexSamples.twoChapters(6, 4)).pdf();

        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
        }
        assertFalse(fonts.isEmpty());
        // A subset's name is its font's name behind a six-letter tag: ABCDEF+IPAexMincho.
        assertTrue(fonts.stream().allMatch(name -> name.matches("[A-Z]{6}\\+IPAexMincho")), fonts::toString);
    }

    @Test
    void aSixtyArticleContractRunsToTheNumberOfPagesItsTextNeeds() {
        AnnexDocument annex = AnnexSamples.contract(60);

        AnnexRenderer.Rendered rendered = RENDERER.render(annex);

        // A page holds at most 46 characters a line (170 mm at 10.5 pt) and 40 lines (250 mm at 1.7 × 10.5 pt):
        // the paragraphs alone need at least their length / 1,840 pages.
        int characters = annex.chapters().get(0).articles().stream()
                .flatMap(article -> article.paragraphs().stream()).mapToInt(String::length).sum();
        int atLeast = (int) Math.ceil(characters / (46.0 * 40));
        assertTrue(rendered.pageCount() >= atLeast, rendered.pageCount() + " pages, expected at least " + atLeast);

        List<String> pages = PdfText.pages(rendered.pdf());
        assertEquals(rendered.pageCount(), pages.size());
        Matcher lastFooter = FOOTER_PAGE.matcher(pages.get(pages.size() - 1));
        assertTrue(lastFooter.find());
        assertEquals(rendered.pageCount(), Integer.parseInt(lastFooter.group(1)));
        assertEquals(rendered.pageCount(), Integer.parseInt(lastFooter.group(2)));

        List<String> headings = headings(String.join("", pages));
        assertEquals(60, headings.size());
        assertEquals("第60条（" + AnnexSamples.heading(59) + "）", headings.get(59));
    }

    @Test
    void printsMarkupAndTemplateSyntaxInAnyFieldLiterally() {
        List<String> nasty = List.of("<script>alert(1)</script>", "{{x}}", "${x}", "</p>", "&amp;", "]]>",
                "<!-- c -->", "<b>太字</b>", "&lt;", "#{bean.value}");
        List<AnnexDocument.Fact> facts = new ArrayList<>();
        List<AnnexDocument.Article> articles = new ArrayList<>();
        for (String value : nasty) {
            // The label column holds about 12 characters: a longer label wraps, and the check below would
            // find it in two pieces.
            String label = value.length() <= 10 ? value : "項目";
            facts.add(new AnnexDocument.Fact(label, "値" + value));
            articles.add(new AnnexDocument.Article("見出し" + value, List.of("本文" + value, "次の項" + value)));
        }
        AnnexDocument annex = new AnnexDocument("表題<script>alert(1)</script>{{x}}", "2026-情政-</p>-SA", 3,
                LocalDate.of(2026, 11, 26), "発行者&amp;${x}", facts,
                List.of(new AnnexDocument.Chapter("章]]>", articles)));

        AnnexRenderer.Rendered rendered = RENDERER.render(annex);
        String text = PdfText.of(rendered.pdf());

        assertTrue(text.contains("表題<script>alert(1)</script>{{x}}"), text);
        assertTrue(text.contains("2026-情政-</p>-SA"), text);
        assertTrue(text.contains("発行者&amp;${x}"), text);
        assertTrue(text.contains("章]]>"), text);
        for (String value : nasty) {
            String label = value.length() <= 10 ? value : "項目";
            assertTrue(text.contains(label + " 値" + value), "fact " + value + " in " + text);
            assertTrue(text.contains("見出し" + value), "heading " + value + " in " + text);
            assertTrue(text.contains("本文" + value), "paragraph " + value + " in " + text);
            assertTrue(text.contains("次の項" + value), "paragraph 2 " + value + " in " + text);
        }
        int articleCount = 0;
        for (int n = 1; n <= nasty.size(); n++) {
            if (text.contains("第" + n + "条（見出し")) {
                articleCount++;
            }
        }
        assertEquals(nasty.size(), articleCount, text);
        for (String page : PdfText.pages(rendered.pdf())) {
            assertTrue(page.contains("文書番号 2026-情政-</p>-SA　第3版"), page);
        }
    }

    @Test
    void dropsControlCharactersThatXmlCannotCarry() {
        AnnexDocument annex = new AnnexDocument("表題\u0000\u0007終", "2026-情政-001-SA", 1, LocalDate.of(2026, 11, 26),
                "発行者\uD800", List.of(), AnnexSamples.contract(1).chapters());

        String text = PdfText.of(RENDERER.render(annex).pdf());

        assertTrue(text.contains("表題終"), text);
        assertTrue(text.contains("発行者"), text);
    }

    @Test
    void rendersConcurrentlyWithOneRenderer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int articles = 2 + i;
                texts.add(pool.submit(() -> PdfText.of(RENDERER.render(AnnexSamples.contract(articles)).pdf())));
            }
            for (int i = 0; i < texts.size(); i++) {
                List<String> headings = headings(texts.get(i).get());
                assertEquals(2 + i, headings.size(), headings::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> headings(String text) {
        List<String> headings = new ArrayList<>();
        Matcher matcher = ARTICLE_HEADING.matcher(text);
        while (matcher.find()) {
            headings.add(matcher.group());
        }
        return headings;
    }
}
