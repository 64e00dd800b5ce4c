package jp.kochi.vrm.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseLineBreakerTest {

    private static List<Integer> breaks(FSTextBreaker breaker, String text) {
        breaker.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int next = breaker.next(); next != -1; next = breaker.next()) {
            breaks.add(next);
        }
        return breaks;
    }

    @Test
    void givesEachOpportunityThenTheEndLikeABreakIterator() {
        JapaneseLineBreaker breaker = new JapaneseLineBreaker();

        // Not before the small ュ and ィ; the last value is the end of the text.
        assertEquals(List.of(1, 2, 3, 5, 6, 8), breaks(breaker, "情報セキュリティ"));
        assertEquals(List.of(4, 14, 15, 16, 17), breaks(breaker, "ISO 27001:2022に準拠"));
        assertEquals(List.of(1, 2, 3, 5, 6, 7, 8, 9, 11, 13, 14), breaks(breaker, "受託者は、本業務を「適正」に"));
        assertEquals(List.of(), breaks(breaker, ""));
    }

    @Test
    void startsAfreshWithEachText() {
        JapaneseLineBreaker breaker = new JapaneseLineBreaker();
        breaker.setText("情報資産");
        breaker.next();

        assertEquals(List.of(1, 2), breaks(breaker, "監査"));
    }

    /**
     * Sentences of every length up to a full line, each ending in 」。 or ）。: wherever a line ends,
     * a breaker that only measures puts one of them at the start of some line.
     */
    private static AnnexDocument punctuationHeavy() {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int length = 1; length <= 46; length++) {
            text.append("受託者は「").append("情".repeat(length)).append(length % 2 == 0 ? "」。" : "）、");
        }
        paragraphs.add(text.toString());
        paragraphs.add(text.reverse().toString());
        return new AnnexDocument("禁則処理", "2026-情政-002-SA", 1, LocalDate.of(2026, 11, 26), "情報政策課", List.of(),
                List.of(new AnnexDocument.Chapter("禁則処理", List.of(new AnnexDocument.Article("句読点", paragraphs)))));
    }

    @Test
    void noLineOfARenderedAnnexStartsWithAClosingBracketOrPunctuation() {
        AnnexDocument annex = punctuationHeavy();

        List<String> naive = PdfText.lines(new AnnexRenderer(AnnexTemplate.fromClasspath(), EveryCharacter::new)
                .render(annex).pdf());
        List<String> japanese = PdfText.lines(new AnnexRenderer(AnnexTemplate.fromClasspath()).render(annex).pdf());

        assertFalse(violations(naive).isEmpty(), "the text must be one that breaking anywhere gets wrong");
        assertTrue(japanese.size() > 40, japanese::toString);
        assertEquals(List.of(), violations(japanese));
    }

    private static List<String> violations(List<String> lines) {
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (LineBreakRules.isNoLineStart(text.codePointAt(0))
                    || LineBreakRules.isNoLineEnd(text.codePointBefore(text.length()))) {
                wrong.add(line);
            }
        }
        return wrong;
    }

    /** Breaks between any two characters: what openhtmltopdf would do with width alone. */
    private static final class EveryCharacter implements FSTextBreaker {
        private String text = "";
        private int position;

        @Override
        public int next() {
            if (position >= text.length()) {
                return -1;
            }
            return ++position;
        }

        @Override
        public void setText(String newText) {
            text = newText;
            position = 0;
        }
    }
}
