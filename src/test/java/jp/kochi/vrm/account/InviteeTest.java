package jp.kochi.vrm.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InviteeTest {

    private static BusinessRuleViolation refusal(String email, String family, String given) {
        return assertThrows(BusinessRuleViolation.class, () -> Invitee.of(email, family, given));
    }

    @Test
    void acceptsAnAddressAndNamesAndStoresTheAddressInLowerCase() {
        Invitee who = Invitee.of("  Tanaka.Ichiro@Example.CO.JP ", " 田中 ", "一郎");
        assertEquals("tanaka.ichiro@example.co.jp", who.email());
        assertEquals("田中", who.familyName());
        assertEquals("一郎", who.givenName());
        assertEquals("田中 一郎", who.displayName());
    }

    @Test
    void fullWidthAddressTypedWithAJapaneseInputMethodIsTakenAsAscii() {
        assertEquals("tanaka@example.jp", Invitee.of("ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ", "田中", "一郎").email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanaka", "tanaka@", "@example.jp", "tanaka@example", "tanaka@@example.jp",
            "tana ka@example.jp", "tanaka@exa_mple.jp", "田中@example.jp", "tanaka@-example.jp", "tanaka..x@example.jp",
            "<script>@example.jp", "tanaka@example.jp\nBcc: x@example.jp"})
    void refusesMalformedAddresses(String email) {
        assertEquals("account.email.invalid", refusal(email, "田中", "一郎").messageKey());
    }

    @Test
    void requiresEveryField() {
        BusinessRuleViolation noEmail = refusal(" ", "田中", "一郎");
        assertEquals("app.required", noEmail.messageKey());
        assertArrayEquals(new Object[] {"account.email"}, noEmail.arguments());
        assertArrayEquals(new Object[] {"account.familyName"}, refusal("t@example.jp", null, "一郎").arguments());
        assertArrayEquals(new Object[] {"account.givenName"}, refusal("t@example.jp", "田中", "").arguments());
    }

    @Test
    void refusesOverlongValues() {
        BusinessRuleViolation longName = refusal("t@example.jp", "田".repeat(101), "一郎");
        assertEquals("app.tooLong", longName.messageKey());
        assertArrayEquals(new Object[] {"account.familyName", 100}, longName.arguments());
        String longAddress = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".jp";
        assertEquals("app.tooLong", refusal(longAddress, "田中", "一郎").messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>田中</b>", "田中&", "田中\"", "田中;", "田中(株)", "田中\u0000", "田中\t一郎", "=1+1"})
    void refusesCharactersKeycloakWouldRefuseInNames(String family) {
        BusinessRuleViolation v = refusal("t@example.jp", family, "一郎");
        assertEquals("account.name.prohibited", v.messageKey());
        assertArrayEquals(new Object[] {"account.familyName"}, v.arguments());
    }

    @Test
    void acceptsJapaneseNamesWithFullWidthSignsAndSpaces() {
        Invitee who = Invitee.of("t@example.jp", "山田（旧姓 佐藤）", "花子・メアリー");
        assertEquals("山田（旧姓 佐藤）", who.familyName());
    }
}
