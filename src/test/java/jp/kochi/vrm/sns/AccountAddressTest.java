package jp.kochi.vrm.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Equivalent ways of writing an account match; look-alikes do not. */
class AccountAddressTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://x.com/kochi_city",
            "http://x.com/kochi_city",
            "https://www.x.com/kochi_city",
            "https://mobile.x.com/kochi_city",
            "https://twitter.com/kochi_city",
            "https://mobile.twitter.com/Kochi_City/",
            "HTTPS://X.COM/KOCHI_CITY",
            "x.com/kochi_city",
            "x.com/kochi_city/",
            "https://x.com/kochi_city?lang=ja",
            "https://x.com/kochi_city?ref_src=twsrc%5Etfw#top",
            "https://x.com:443/kochi_city",
            "https://x.com//kochi_city//",
            "  https://x.com/kochi_city  ",
            "https://x.com./kochi_city"})
    void equivalentAddressesMatch(String input) {
        assertEquals("x.com/kochi_city", AccountAddress.address(input));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "https://m.facebook.com/kochicity.official, facebook.com/kochicity.official",
            "https://fb.com/kochicity.official/, facebook.com/kochicity.official",
            "https://www.facebook.com/profile.php?id=100064&sk=about, facebook.com/profile.php?id=100064",
            "https://www.instagram.com/kochi_kanko/?hl=ja, instagram.com/kochi_kanko",
            "https://m.youtube.com/@KochiCity, youtube.com/@kochicity",
            "https://www.tiktok.com/@kochi_city?lang=ja, tiktok.com/@kochi_city",
            "https://note.com/kochi_city/, note.com/kochi_city",
            "https://page.line.me/abc1234d, page.line.me/abc1234d"})
    void platformsNormalise(String input, String expected) {
        assertEquals(expected, AccountAddress.address(input));
    }

    @ParameterizedTest(name = "{0} is not x.com/kochi_city")
    @ValueSource(strings = {
            "https://x.com/kochi_cityy",
            "https://x.com/kochi_citi",
            "https://x.com/kochi-city",
            "https://x.com/kochicity",
            "https://x.co/kochi_city",
            "https://x.com.evil.example/kochi_city",
            "https://evil-x.com/kochi_city",
            "https://xx.com/kochi_city",
            "https://x.com/kochi_city.jp",
            "https://\u0445.com/kochi_city"})
    void lookAlikesDoNotMatch(String input) {
        String normalised = AccountAddress.address(input);
        assertFalse(AccountAddress.sameOrBelow(normalised, "x.com/kochi_city"), normalised);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://x.com/kochi_city/../evil_city", "https://x.com/kochi_city/%2e%2e/evil_city",
            "https://x.com/kochi_city/%2E%2E/evil_city", "https://x.com/./kochi_city", "https://x.com/kochi_city%2fevil",
            "https://x.com/kochi_city%3Fx", "https://x.com/%ff"})
    void pathsABrowserWouldResolveElsewhereAreRefused(String input) {
        assertEquals("sns.verify.invalid", assertThrows(BusinessRuleViolation.class, () -> AccountAddress.address(input))
                .messageKey());
    }

    @Test
    void pathsAreComparedDecodedAndYouTubeChannelIdsKeepTheirCase() {
        assertEquals("note.com/高知市", AccountAddress.address("https://note.com/%E9%AB%98%E7%9F%A5%E5%B8%82"));
        assertEquals("note.com/高知市", AccountAddress.address("https://note.com/高知市/"));
        assertEquals("youtube.com/channel/UCaBc123", AccountAddress.address("https://m.youtube.com/channel/UCaBc123/"));
        assertFalse(AccountAddress.address("https://youtube.com/channel/UCabc123")
                .equals(AccountAddress.address("https://youtube.com/channel/UCaBc123")));
        assertEquals("x.com/kochi_city", AccountAddress.address("ｈｔｔｐｓ：／／ｘ．ｃｏｍ／ｋｏｃｈｉ＿ｃｉｔｙ"), "full-width");
    }

    @Test
    void anAddressBelowTheAccountIsTheAccounts() {
        assertTrue(AccountAddress.sameOrBelow(AccountAddress.address("https://x.com/kochi_city/status/123?s=20"),
                "x.com/kochi_city"));
        assertFalse(AccountAddress.sameOrBelow(AccountAddress.address("https://x.com/kochi_city_fake/status/1"),
                "x.com/kochi_city"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"@kochi_city, kochi_city", "@Kochi_City, kochi_city", "kochi_city, kochi_city", "' @kochi_city ', kochi_city",
            "＠ｋｏｃｈｉ＿ｃｉｔｙ, kochi_city", "kochi.city, kochi.city", "@kochi.city, kochi.city"})
    void handlesMatchWithOrWithoutTheAt(String input, String expected) {
        AccountAddress.Query q = AccountAddress.parse(input);
        assertTrue(q.handle());
        assertEquals(expected, q.value());
    }

    @Test
    void aQueryIsAnAddressWhenItHasAHostOrPath() {
        assertEquals(new AccountAddress.Query(false, "x.com/kochi_city"), AccountAddress.parse("x.com/kochi_city"));
        assertEquals(new AccountAddress.Query(true, "kochi_city"), AccountAddress.parse("@kochi_city"));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''|sns.verify.empty",
            "'   '|sns.verify.empty",
            "javascript:alert(1)|sns.verify.invalid",
            "ftp://x.com/kochi_city|sns.verify.invalid",
            "https://user:pw@x.com/kochi_city|sns.verify.invalid",
            "@koch i|sns.verify.invalid",
            "@<script>|sns.verify.invalid",
            "https://x.com/ka chi|sns.verify.invalid",
            "https://%zz/|sns.verify.invalid",
            "https:///kochi|sns.verify.invalid",
            "@|sns.verify.invalid"})
    void garbageIsRefusedWithAReason(String input, String key) {
        assertEquals(key, assertThrows(BusinessRuleViolation.class, () -> AccountAddress.parse(input)).messageKey());
    }

    @Test
    void overlongInputIsRefused() {
        assertEquals("sns.verify.tooLong", assertThrows(BusinessRuleViolation.class,
                () -> AccountAddress.parse("https://x.com/" + "a".repeat(600))).messageKey());
        assertEquals("sns.verify.invalid", assertThrows(BusinessRuleViolation.class,
                () -> AccountAddress.parse("https://x.com/a\u0000b")).messageKey());
    }
}
