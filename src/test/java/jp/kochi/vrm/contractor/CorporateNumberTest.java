package jp.kochi.vrm.contractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jp.kochi.vrm.contractor.CorporateNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorporateNumberTest {

    @Test
    void acceptsTheWorkedExampleOfDomainReference() {
        // base 123456789012: weighted sum 74, 74 mod 9 = 2, check digit 9 - 2 = 7
        assertEquals(7, CorporateNumber.checkDigit("123456789012"));
        assertEquals("7123456789012", CorporateNumber.check("7123456789012").number());
    }

    @Test
    void acceptsARealCorporateNumber() {
        // 国税庁 (National Tax Agency) publishes its own number: 7000012050002
        assertEquals("7000012050002", CorporateNumber.check("7000012050002").number());
    }

    @Test
    void rejectsCorporateNumberWithWrongCheckDigit() {
        assertEquals(Problem.WRONG_CHECK_DIGIT, CorporateNumber.check("8123456789012").problem());
    }

    @ParameterizedTest
    @CsvSource({"712345678901", "71234567890123"})
    void rejectsTwelveOrFourteenDigits(String number) {
        assertEquals(Problem.WRONG_LENGTH, CorporateNumber.check(number).problem());
    }

    @ParameterizedTest
    @CsvSource({"712345678901A", "ABCDEFGHIJKLM", "7123456789O12"})
    void rejectsLetters(String number) {
        assertEquals(Problem.NOT_DIGITS, CorporateNumber.check(number).problem());
    }

    @Test
    void normalisesFullWidthDigitsSpacesAndHyphens() {
        assertEquals("7123456789012", CorporateNumber.check("７１２３４５６７８９０１２").number());
        assertEquals("7123456789012", CorporateNumber.check(" 7-1234-5678-9012 ").number());
        assertEquals("7123456789012", CorporateNumber.check("７　１２３４　５６７８　９０１２").number());
    }

    @Test
    void reportsBlankSoTheCallerDecidesWhetherItIsAllowed() {
        assertEquals(Problem.BLANK, CorporateNumber.check("").problem());
        assertEquals(Problem.BLANK, CorporateNumber.check("   ").problem());
        assertEquals(Problem.BLANK, CorporateNumber.check(null).problem());
        assertNull(CorporateNumber.check(null).number());
    }

    @Test
    void everyBaseNumberGetsACheckDigitThatValidates() {
        for (long base = 100_000_000_000L; base < 100_000_000_000L + 2_000; base += 7) {
            String number = CorporateNumber.withCheckDigit(Long.toString(base));
            assertEquals(number, CorporateNumber.check(number).number());
            int wrong = (number.charAt(0) - '0') % 9 + 1;
            assertEquals(Problem.WRONG_CHECK_DIGIT, CorporateNumber.check(wrong + number.substring(1)).problem());
        }
    }
}
