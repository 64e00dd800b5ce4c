package jp.kochi.vrm.contractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractorSearchTextTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource({
            "7123456789012, 7123456789012",
            "７１２３, 7123",
            "7-1234-5678, 712345678",
            "' 7 123 ', 7123"})
    void digitsAreReadAsACorporateNumberPrefix(String typed, String number) {
        ContractorQueries.Text text = ContractorQueries.Text.of(typed);

        assertTrue(text.digits());
        assertEquals(number, text.number());
        assertNull(text.name());
        assertNull(text.kana());
    }

    @Test
    void moreThanThirteenDigitsAreNotACorporateNumber() {
        ContractorQueries.Text text = ContractorQueries.Text.of("71234567890123");

        assertFalse(text.digits());
        assertEquals("71234567890123", text.name());
        assertEquals("", text.kana());
    }

    @Test
    void aKanjiNameIsSearchedByNameKeyOnly() {
        ContractorQueries.Text text = ContractorQueries.Text.of("株式会社高知");

        assertFalse(text.digits());
        assertEquals("高知", text.name());
        assertEquals("", text.kana());
    }

    @Test
    void hiraganaIsSearchedByNameAndKanaKey() {
        ContractorQueries.Text text = ContractorQueries.Text.of("こうち");

        assertEquals("こうち", text.name());
        assertEquals("コウチ", text.kana());
    }

    @Test
    void halfWidthKanaWithLegalFormIsSearchedByKanaKey() {
        ContractorQueries.Text text = ContractorQueries.Text.of("ｶﾌﾞｼｷｶﾞｲｼｬ ｺｳﾁ");

        assertEquals("コウチ", text.kana());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "　"})
    void blankTextIsNoSearch(String typed) {
        assertNull(ContractorQueries.Text.of(typed));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource({
            "高知, 高知%",
            "50%, 50\\%%",
            "a_b, a\\_b%",
            "a\\b, a\\\\b%"})
    void likePrefixEscapesWildcardsAndTheEscapeCharacter(String text, String pattern) {
        assertEquals(pattern, ContractorQueries.likePrefix(text));
    }

    @Test
    void searchTextIsStrippedAndBlankMeansAll() {
        assertEquals("高知", new ContractorSearch("  高知 ", null, null, null, null, true, TODAY).text());
        assertNull(new ContractorSearch("   ", null, null, null, null, true, TODAY).text());
    }

    @Test
    void searchTextIsCutAt200Characters() {
        assertEquals(200, new ContractorSearch("あ".repeat(250), null, null, null, null, true, TODAY).text().length());
    }

    @Test
    void sortDefaultsToKana() {
        assertEquals(ContractorSearch.Sort.KANA, new ContractorSearch(null, null, null, null, null, true, TODAY).sort());
    }

    @ParameterizedTest
    @CsvSource({"-1", "3661"})
    void anExpiringWindowOutsideZeroToTenYearsIsIgnored(int days) {
        assertNull(new ContractorSearch(null, null, null, days, null, true, TODAY).certExpiringDays());
    }

    @ParameterizedTest
    @CsvSource({"0", "30", "3660"})
    void anExpiringWindowWithinZeroToTenYearsIsKept(int days) {
        assertEquals(days, new ContractorSearch(null, null, null, days, null, true, TODAY).certExpiringDays());
    }
}
