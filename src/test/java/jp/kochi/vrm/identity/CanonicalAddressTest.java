package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/vrm", "/vrm/", "/vrm/index.xhtml", "/vrm/staff/audit/log.xhtml",
            "/vrm/staff/home.xhtml?x=a/b//c", "/vrm/staff/home.xhtml?next=/./x/../y;z=1%2F%2e%25%5C",
            "/vrm/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga",
            "/vrm/api/public/sns/verify?address=https%3A%2F%2Fx.com%2Fa", "/vrm/files/12", "/vrm/annex/3",
            "/vrm/api/calendar/AbC-_0123456789abcdefghijklmnopqrstuvwxyzABCD.ics", "/vrm/staff/.well/x.xhtml",
            "/vrm/staff/x..y.xhtml", "/vrm/staff/...", "/vrm/public/%E9%AB%98%E7%9F%A5.xhtml"})
    void aPlainPortalAddressIsCanonical(String uri) {
        assertTrue(CanonicalAddress.isCanonical(uri), uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vrm/staff//audit/log.xhtml", "/vrm//staff/audit/log.xhtml", "//vrm/staff/home.xhtml",
            "/vrm/./staff/home.xhtml", "/vrm/staff/./audit/log.xhtml", "/vrm/x/../staff/home.xhtml",
            "/vrm/staff/audit/log.xhtml/..", "/vrm/staff/.", "/vrm/..", "/vrm/staff/home.xhtml;jsessionid=ABC",
            "/vrm/staff/home.xhtml;x=1", "/vrm/staff;x=1/home.xhtml", "/vrm;/staff/home.xhtml",
            "/vrm/staff%2faudit/log.xhtml", "/vrm/staff%2Faudit/log.xhtml", "/vrm/staff/%2e/audit/log.xhtml",
            "/vrm/staff/%2E%2E/x.xhtml", "/vrm/staff/home%2exhtml", "/vrm/staff%5caudit/log.xhtml",
            "/vrm/staff%5Caudit/log.xhtml", "/vrm/staff/%252e%252e/x.xhtml", "/vrm/staff/%25/x.xhtml",
            "/vrm/staff\\audit\\log.xhtml", "/vrm/staff/home.xhtml\\", "/vrm/staff//home.xhtml?x=1"})
    void anUnusualSpellingIsNotCanonical(String uri) {
        assertFalse(CanonicalAddress.isCanonical(uri), uri);
    }

    @Test
    void onlyThePathBeforeTheFirstQuestionMarkCounts() {
        assertTrue(CanonicalAddress.isCanonical("/vrm/staff/home.xhtml?a=//&b=;c&d=%2f?e=/../"));
        assertFalse(CanonicalAddress.isCanonical("/vrm/staff/;x=1?a=b"));
    }

    @Test
    void noAddressIsNotCanonical() {
        assertFalse(CanonicalAddress.isCanonical(null));
    }
}
