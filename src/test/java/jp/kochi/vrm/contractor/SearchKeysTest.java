package jp.kochi.vrm.contractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource({
            "株式会社高知, 高知",
            "高知株式会社, 高知",
            "(株)高知, 高知",
            "（株）高知, 高知",
            "㈱高知, 高知",
            "㍿高知, 高知",
            "有限会社 高知, 高知",
            "'  高知　データ  ', 高知データ",
            "ＫＯＣＨＩ　Ｄａｔａ, kochidata",
            "ｺｳﾁ, コウチ",
            "一般社団法人高知, 高知",
            "特定非営利活動法人 こうち, こうち",
            "NPO法人高知, 高知",
            "独立行政法人高知, 高知"})
    void nameKeyDropsLegalFormsSpacesAndWidth(String name, String key) {
        assertEquals(key, SearchKeys.name(name));
    }

    @Test
    void theSameCompanyWrittenDifferentlyHasOneNameKey() {
        String key = SearchKeys.name("株式会社 高知システム");

        assertEquals(key, SearchKeys.name("㈱高知システム"));
        assertEquals(key, SearchKeys.name("(株) 高知ｼｽﾃﾑ"));
        assertEquals(key, SearchKeys.name("高知システム株式会社"));
    }

    @Test
    void localIncorporatedAdministrativeAgencyIsDroppedAsAWholeLegalForm() {
        assertEquals("高知県立大学", SearchKeys.name("地方独立行政法人高知県立大学"));
        assertEquals(SearchKeys.name("高知県立大学"), SearchKeys.name("地方独立行政法人 高知県立大学"));
    }

    @Test
    void nameKeyOfNothingIsEmpty() {
        assertEquals("", SearchKeys.name(null));
        assertEquals("", SearchKeys.name("株式会社"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource({
            "こうち, コウチ",
            "ｺｳﾁ, コウチ",
            "ｶﾌﾞｼｷｶﾞｲｼｬｺｳﾁ, コウチ",
            "カブシキガイシャ コウチ, コウチ",
            "コウチ カブシキカイシャ, コウチ",
            "ゆうげんがいしゃ こうち, コウチ",
            "コウチ・データ, コウチデータ",
            "ｺｳﾁ･ﾃﾞｰﾀ, コウチデータ"})
    void kanaKeyIsKatakanaWithoutLegalFormSpacesOrDots(String kana, String key) {
        assertEquals(key, SearchKeys.kana(kana));
    }

    @Test
    void katakanaConvertsHiraganaAndHalfWidthButKeepsOtherText() {
        assertEquals("ガッコウ", SearchKeys.katakana("がっこう"));
        assertEquals("ガッコウ", SearchKeys.katakana("ｶﾞｯｺｳ"));
        assertEquals("ヴァイオリン", SearchKeys.katakana("ゔぁいおりん"));
        assertEquals("高知", SearchKeys.katakana("高知"));
        assertEquals("", SearchKeys.katakana(null));
    }

    @Test
    void isKatakanaAcceptsLongVowelDotsAndSpacesOnly() {
        assertTrue(SearchKeys.isKatakana("コウチ・データ　サービス"));
        assertTrue(SearchKeys.isKatakana("スーパー"));
        assertFalse(SearchKeys.isKatakana("こうち"));
        assertFalse(SearchKeys.isKatakana("ｺｳﾁ"));
        assertFalse(SearchKeys.isKatakana("コウチ1"));
        assertFalse(SearchKeys.isKatakana(null));
    }
}
