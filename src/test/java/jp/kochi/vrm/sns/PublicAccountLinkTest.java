package jp.kochi.vrm.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The public page links an account's address only when following it cannot run anything. */
class PublicAccountLinkTest {

    private static PublicRegistry.PublicAccount at(String address) {
        return new PublicRegistry.PublicAccount(Platform.X, null, "kochi", address, "高知市", "広報広聴課", null,
                AccountStatus.ACTIVE);
    }

    @Test
    void webAddressesAreLinked() {
        assertEquals("https://x.com/kochi_city_koho", at("https://x.com/kochi_city_koho").link());
        assertEquals("HTTP://x.com/a", at(" HTTP://x.com/a ").link());
        assertNull(at("x.com/kochi_city_koho").link(), "no scheme: shown as text, not resolved against the portal");
        assertNull(at("//evil.example/x").link(), "protocol-relative: another site, shown as text");
    }

    @Test
    void scriptAndDataAddressesAreNotLinked() {
        assertNull(at("javascript:window.__xss=1//").link());
        assertNull(at(" JavaScript:alert(1)").link());
        assertNull(at("data:text/html,<script>alert(1)</script>").link());
        assertNull(at("vbscript:msgbox(1)").link());
        assertNull(at("java\tscript:alert(1)").link(), "browsers drop the tab and run it");
        assertNull(at("java\nscript:alert(1)").link());
    }
}
