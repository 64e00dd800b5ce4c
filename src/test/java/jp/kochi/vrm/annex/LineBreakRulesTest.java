package jp.kochi.vrm.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreakRulesTest {

    /** "前|後" asks whether a line may break where the bar is (the bar is not part of the text). */
    private static boolean breakAtBar(String marked) {
        int index = marked.indexOf('|');
        String text = marked.substring(0, index) + marked.substring(index + 1);
        return LineBreakRules.canBreakBefore(text, index);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '=', textBlock = """
            情報|資産                 = true
            委託|する                 = true
            しなければならない|。       = false
            ならない。|受託者は         = true
            （以下「本業務」という|。）  = false
            という。|）                = false
            「|本業務                  = false
            （|以下                    = false
            業務|（以下                = true
            本業務|」                  = false
            」|「                     = true
            ある|、                   = false
            ある、|また                = true
            情報|・通信                = false
            情報・|通信                = true
            第三者|：                  = false
            本当か|？                  = false
            本当か？|次                = true
            き|ゃ                     = false
            コ|ッ                     = false
            サ|ーバ                   = false
            人|々                     = false
            こ|ゝ                     = false
            受託者は、|ISO             = true
            ISO|/IEC                 = false
            ISO/|IEC                 = false
            IEC| 27001               = false
            IEC |27001               = true
            2026|/11/26              = false
            2026/11|/26              = false
            2026/11/2|6              = false
            時点|2026                 = true
            2026|年                   = true
            ISM|AP                   = false
            ISMAP|クラウド              = true
            JIS Q 27001|（           = true
            （JIS Q 27001|）          = false
            第|1条                    = true
            第1|条                    = true
            foo| bar                 = false
            foo |bar                 = true
            foo|,                    = false
            情報|,                    = false
            情報|)                    = false
            (|情報                    = false
            情報|(                    = true
            end|)                    = false
            see |(note)              = true
            (|see                    = false
            [|1]                     = false
            {|x                      = false
            全角　|スペース              = true
            全角|　スペース              = false
            ‘|quote                  = false
            “|引用                    = false
            引用|”                    = false
            引用|’                    = false
            …|…                      = false
            —|—                      = false
            ―|―                      = false
            Ｉ|ＳＯ                    = true
            か|\u3099                 = false
            """)
    void breaksByJapaneseRules(String marked, boolean allowed) {
        assertEquals(allowed, breakAtBar(marked.replace("\\u3099", "\u3099")), marked);
    }

    @ParameterizedTest(name = "never before {0}")
    @ValueSource(strings = {
        "、", "。", "，", "．", "・", "：", "；", "？", "！", "ー", "‐", "）", "」", "』", "】", "〕", "〉", "》", "］", "｝",
        "’", "”", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ゎ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ",
        "ョ", "ヮ", "ヵ", "ヶ", "々", "ゝ", "ゞ", "ヽ", "ヾ", ")", "]", "}", ",", ".", "?", "!", ":", ";"})
    void neverBreaksBeforeALineStartForbiddenCharacter(String forbidden) {
        int codePoint = forbidden.codePointAt(0);
        assertTrue(LineBreakRules.isNoLineStart(codePoint));
        assertFalse(LineBreakRules.canBreakBefore("本業務" + forbidden, 3), "after kanji");
        assertFalse(LineBreakRules.canBreakBefore("あ" + forbidden, 1), "after kana");
        assertFalse(LineBreakRules.canBreakBefore("」" + forbidden, 1), "after a closing bracket");
        assertFalse(LineBreakRules.canBreakBefore("ISO" + forbidden, 3), "after Latin");
        assertTrue(LineBreakRules.canBreakBefore("本" + forbidden + "業務", 2), "but after it");
    }

    @ParameterizedTest(name = "never after {0}")
    @ValueSource(strings = {"（", "「", "『", "【", "〔", "〈", "《", "［", "｛", "‘", "“", "(", "[", "{"})
    void neverBreaksAfterALineEndForbiddenCharacter(String forbidden) {
        int codePoint = forbidden.codePointAt(0);
        assertTrue(LineBreakRules.isNoLineEnd(codePoint));
        assertFalse(LineBreakRules.canBreakBefore(forbidden + "本業務", 1), "before kanji");
        assertFalse(LineBreakRules.canBreakBefore(forbidden + "ISO", 1), "before Latin");
        assertFalse(LineBreakRules.canBreakBefore(forbidden + "「", 1), "before another bracket");
        assertTrue(LineBreakRules.canBreakBefore("本" + forbidden + "業務", 1), "but before it");
    }

    @Test
    void keepsLatinWordsAndNumbersTogetherAndBreaksAtSpaces() {
        String text = "ISO/IEC 27001 2026/11/26 ISMAP info@example.jp https://www.city.kochi.kochi.jp/";
        for (int i = 1; i < text.length(); i++) {
            boolean afterSpace = text.charAt(i - 1) == ' ';
            assertEquals(afterSpace, LineBreakRules.canBreakBefore(text, i), "at " + i + ": " + text.substring(0, i));
        }
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "𠮷野家の𠮷";
        assertFalse(LineBreakRules.canBreakBefore(text, 1), "inside 𠮷");
        assertTrue(LineBreakRules.canBreakBefore(text, 2), "after 𠮷");
        assertTrue(LineBreakRules.canBreakBefore(text, 5), "before 𠮷");
        assertFalse(LineBreakRules.canBreakBefore(text, 6), "inside the last 𠮷");
    }

    @Test
    void neverBreaksNextToANoBreakSpaceOrBeforeAVariationSelector() {
        assertFalse(LineBreakRules.canBreakBefore("10\u00A0km", 3));
        assertFalse(LineBreakRules.canBreakBefore("10\u00A0km", 2));
        assertFalse(LineBreakRules.canBreakBefore("情報\u00A0資産", 3));
        assertFalse(LineBreakRules.canBreakBefore("葛\uDB40\uDD00城", 1), "before an ideographic variation selector");
        assertTrue(LineBreakRules.canBreakBefore("葛\uDB40\uDD00城", 3), "after it");
    }

    @Test
    void theStartAndEndOfTheTextAreNotBreaks() {
        assertFalse(LineBreakRules.canBreakBefore("情報", 0));
        assertFalse(LineBreakRules.canBreakBefore("情報", 2));
        assertFalse(LineBreakRules.canBreakBefore("", 0));
    }
}
