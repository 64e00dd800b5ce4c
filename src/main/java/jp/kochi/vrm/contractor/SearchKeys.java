package jp.kochi.vrm.contractor;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The normalised keys a contractor is found by. Staff type a name the way they remember it: with or without
 * 株式会社, in full- or half-width, in hiragana or katakana. The keys drop the legal form, spaces and width
 * differences, so a search is a prefix match on an indexed column.
 */
public final class SearchKeys {

    /** Legal forms (法人格), as written after NFKC; removed longest first (地方独立行政法人 before 独立行政法人). */
    private static final List<String> LEGAL_FORMS = longestFirst(
            "特定非営利活動法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "社会福祉法人",
            "独立行政法人", "地方独立行政法人", "国立大学法人", "学校法人", "医療法人", "株式会社", "有限会社", "合同会社",
            "合資会社", "合名会社", "npo法人", "(株)", "(有)", "(同)", "(社)", "(財)", "(福)", "(医)", "(学)");

    private static final List<String> LEGAL_FORMS_KANA = longestFirst(
            "トクテイヒエイリカツドウホウジン", "イッパンシャダンホウジン", "イッパンザイダンホウジン", "コウエキシャダンホウジン",
            "コウエキザイダンホウジン", "カブシキガイシャ", "カブシキカイシャ", "ユウゲンガイシャ", "ユウゲンカイシャ",
            "ゴウドウガイシャ", "ゴウドウカイシャ", "ゴウシガイシャ", "ゴウメイガイシャ", "ガッコウホウジン", "イリョウホウジン",
            "シャカイフクシホウジン", "ドクリツギョウセイホウジン", "チホウドクリツギョウセイホウジン");

    private SearchKeys() {
    }

    private static List<String> longestFirst(String... forms) {
        return java.util.Arrays.stream(forms).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Key of a name: NFKC, lower case, legal form and spaces removed. */
    public static String name(String name) {
        String key = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String form : LEGAL_FORMS) {
            key = key.replace(form, "");
        }
        return key.replaceAll("[\\s・･.,、。]", "");
    }

    /** Key of a kana reading: katakana, legal form, spaces and middle dots removed. */
    public static String kana(String kana) {
        String key = katakana(kana).replaceAll("[\\s・]", "");
        for (String form : LEGAL_FORMS_KANA) {
            key = key.replace(form, "");
        }
        return key;
    }

    /** NFKC (half-width katakana to full width) and hiragana to katakana. */
    public static String katakana(String text) {
        String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ァ' - 'ぁ')) : c);
        }
        return out.toString().strip();
    }

    /** A kana reading is full-width katakana, the long vowel mark, middle dots and spaces. */
    public static boolean isKatakana(String text) {
        return text != null && text.codePoints().allMatch(c -> (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == '・'
                || c == 'ヽ' || c == 'ヾ' || Character.isWhitespace(c) || c == '\u3000');
    }
}
