package jp.kochi.vrm.annex;

/**
 * Where a line of Japanese text may break (禁則処理, kinsoku shori), in plain Java so that it can be tested
 * on its own. A break "at index i" puts {@code text.charAt(i)} at the start of the next line.
 *
 * <ul>
 * <li>Between Japanese characters (kanji, kana, full-width forms, CJK punctuation) a line may break anywhere,
 * and also between a Japanese character and a Latin word or number.</li>
 * <li>Never before a 行頭禁則 character: closing brackets and quotes, 、。，．・：；？！, the long vowel mark ー,
 * small kana (ぁ っ ャ …), iteration marks (々 ゝ ヽ …) and their ASCII counterparts {@code ) ] } , . ? ! : ;}.</li>
 * <li>Never after a 行末禁則 character: opening brackets and quotes （「『【〔〈《［｛‘“ and {@code ( [ {}.</li>
 * <li>Latin words and digit runs stay together ({@code ISO/IEC 27001}, {@code 2026/11/26}, {@code ISMAP}):
 * between them a line breaks only after a space.</li>
 * <li>Never inside a surrogate pair, before a combining mark or variation selector, or next to a no-break
 * space or word joiner; two-dot and three-dot leaders (‥ …) and dashes (— ―) are not split from their pair.</li>
 * </ul>
 */
public final class LineBreakRules {

    /** 行頭禁則: may not start a line. */
    static final String NO_LINE_START =
            "、。，．・：；？！ー‐゠–〜～）」』】〕〉》］｝〙〗｠»’”〟"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ"
            + "｡｣､･ｧｨｩｪｫｬｭｮｯｰ"
            + "‼⁇⁈⁉"
            + ")]},.?!:;-%";

    /** 行末禁則: may not end a line. */
    static final String NO_LINE_END = "（「『【〔〈《［｛〘〖｟«‘“〝｢([{";

    /** Not split between two of the same (分離禁止). */
    private static final String NO_SPLIT_PAIRS = "…‥—―";

    private LineBreakRules() {
    }

    /**
     * May a line break at {@code index}, i.e. between {@code text.charAt(index - 1)} and
     * {@code text.charAt(index)}? False at the very start and end of the text (they are not breaks).
     */
    public static boolean canBreakBefore(CharSequence text, int index) {
        if (index <= 0 || index >= text.length()) {
            return false;
        }
        char low = text.charAt(index);
        if (Character.isLowSurrogate(low) && Character.isHighSurrogate(text.charAt(index - 1))) {
            return false;
        }
        int before = Character.codePointBefore(text, index);
        int after = Character.codePointAt(text, index);

        if (isGlue(before) || isGlue(after) || isAttached(after)) {
            return false;
        }
        if (isSpace(after)) {
            // A line breaks after a run of spaces, never inside it or before it.
            return false;
        }
        if (isNoLineStart(after) || isNoLineEnd(before)) {
            return false;
        }
        if (before == after && NO_SPLIT_PAIRS.indexOf(before) >= 0) {
            return false;
        }
        if (isSpace(before) || before == '\u200B') {
            return true;
        }
        return isJapanese(before) || isJapanese(after);
    }

    /** True for characters that may not begin a line (行頭禁則). */
    public static boolean isNoLineStart(int codePoint) {
        return codePoint <= 0xFFFF && NO_LINE_START.indexOf(codePoint) >= 0;
    }

    /** True for characters that may not end a line (行末禁則). */
    public static boolean isNoLineEnd(int codePoint) {
        return codePoint <= 0xFFFF && NO_LINE_END.indexOf(codePoint) >= 0;
    }

    /**
     * Characters between which Japanese text breaks freely: Han (incl. 〇 and the supplementary planes),
     * hiragana, katakana, CJK symbols and punctuation, full-width and half-width forms.
     */
    static boolean isJapanese(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }

    private static boolean isSpace(int codePoint) {
        // U+3000 (全角スペース) counts: Character.isWhitespace is true for it, false for no-break spaces.
        return Character.isWhitespace(codePoint);
    }

    /** No-break spaces and joiners: no break on either side. */
    private static boolean isGlue(int codePoint) {
        return codePoint == '\u00A0' || codePoint == '\u202F' || codePoint == '\u2007'
                || codePoint == '\u2060' || codePoint == '\uFEFF' || codePoint == '\u200D';
    }

    /** Belongs to the character before it: combining marks (incl. ゙ ゚) and variation selectors. */
    private static boolean isAttached(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}
