package jp.kochi.vrm.contractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicBodyNumbersTest {

    /** 高知市: 000020 + its 全国地方公共団体コード 392014, and the check digit. */
    static final String KOCHI_CITY = "7000020392014";
    /** 国税庁, a national body. */
    static final String NATIONAL_TAX_AGENCY = "7000012050002";
    /** An ordinary company (the domain notes' worked example). */
    static final String COMPANY = "6490001000011";

    @Test
    void kochiCitysNumberIsTheLocalPublicBodyCodeWithACheckDigit() {
        assertEquals(KOCHI_CITY, CorporateNumber.withCheckDigit("000020" + "392014"));
    }

    @ParameterizedTest
    @ValueSource(strings = {KOCHI_CITY, NATIONAL_TAX_AGENCY, "8000020130001", "7 0000 2039 2014"})
    void baseNumbersStartingWithTwoZerosArePublicBodies(String number) {
        assertTrue(CorporateNumber.isPublicBody(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {COMPANY, "0000020392014", "", "7000020392015"})
    void companiesAndInvalidNumbersAreNotPublicBodies(String number) {
        assertFalse(CorporateNumber.isPublicBody(number), number);
    }

    @Test
    void warnsWhenTheContractorIsGivenTheCitysOwnNumber() {
        assertEquals(Optional.of(PublicBodyNumbers.CITY),
                PublicBodyNumbers.warningKey("７０００－０２０３－９２０１４", KOCHI_CITY, Set.of()));
    }

    @Test
    void warnsForAnyPublicBodyEvenWithoutTheCitysNumberConfigured() {
        assertEquals(Optional.of(PublicBodyNumbers.PUBLIC_BODY),
                PublicBodyNumbers.warningKey(KOCHI_CITY, null, Set.of()));
        assertEquals(Optional.of(PublicBodyNumbers.PUBLIC_BODY),
                PublicBodyNumbers.warningKey(NATIONAL_TAX_AGENCY, KOCHI_CITY, Set.of()));
    }

    @Test
    void warnsForAConfiguredPublicBodyThatIsRegisteredLikeACompany() {
        assertEquals(Optional.of(PublicBodyNumbers.LISTED),
                PublicBodyNumbers.warningKey(COMPANY, KOCHI_CITY, Set.of(COMPANY)));
    }

    @Test
    void noWarningForACompanyABlankOrAnInvalidNumber() {
        assertEquals(Optional.empty(), PublicBodyNumbers.warningKey(COMPANY, KOCHI_CITY, Set.of()));
        assertEquals(Optional.empty(), PublicBodyNumbers.warningKey(null, KOCHI_CITY, Set.of()));
        assertEquals(Optional.empty(), PublicBodyNumbers.warningKey("7000020392015", KOCHI_CITY, Set.of()));
    }
}
