package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReturnAddressTest {

    @Test
    void aPageOfThePortalIsReturnedToWithItsQuery() {
        assertEquals(Optional.of("/vrm/staff/contracts/obligation.xhtml?id=12&tab=2"), ReturnAddress.of(
                "http://localhost:8080/vrm/staff/contracts/obligation.xhtml?id=12&tab=2", "/vrm"));
        assertEquals(Optional.of("/vrm/portal/home.xhtml"),
                ReturnAddress.of("https://vrm.city.kochi.example/vrm/portal/home.xhtml", "/vrm"));
    }

    @Test
    void anEncodedQueryIsKeptAsItWasSent() {
        assertEquals(Optional.of("/vrm/staff/contractors/list.xhtml?q=%E9%AB%98%E7%9F%A5"),
                ReturnAddress.of("http://localhost/vrm/staff/contractors/list.xhtml?q=%E9%AB%98%E7%9F%A5", "/vrm"));
    }

    @Test
    void theSignInAddressesThemselvesAreNotReturnedTo() {
        assertEquals(Optional.empty(), ReturnAddress.of("http://localhost/vrm/signin", "/vrm"));
        assertEquals(Optional.empty(), ReturnAddress.of("http://localhost/vrm/callback?code=x&state=y", "/vrm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://localhost/other/staff/home.xhtml", "http://localhost/vrmx/staff/home.xhtml",
            "http://localhost/vrm", "http://localhost/vrm/staff//audit/log.xhtml",
            "http://localhost/vrm/./staff/home.xhtml", "http://localhost/vrm/staff/../staff/home.xhtml",
            "http://localhost/vrm/staff/home.xhtml;jsessionid=1", "http://localhost/vrm/staff%2Faudit/log.xhtml",
            "http://localhost/vrm/staff/%2e%2e/home.xhtml", "http://localhost/vrm/staff/home.xhtml#x",
            "http://localhost/vrm/staff/home.xhtml\\", "http://localhost/vrm/staff/home.xhtml\r\nX: y",
            "not a url at all ^^"})
    void anythingButAPlainPortalAddressIsRefused(String url) {
        Optional<String> address = ReturnAddress.of(url, "/vrm");
        assertEquals(Optional.empty(), address, url);
    }

    @Test
    void aSchemeRelativeAddressToAnotherHostKeepsOnlyThePortalPath() {
        // The stored address is the server's own view of the request; even so, only its path is ever used.
        assertEquals(Optional.of("/vrm/staff/home.xhtml"),
                ReturnAddress.of("//evil.example/vrm/staff/home.xhtml", "/vrm"));
    }

    @Test
    void anOverlongAddressIsRefused() {
        assertEquals(Optional.empty(), ReturnAddress.of("http://localhost/vrm/staff/home.xhtml?q="
                + "a".repeat(ReturnAddress.MAX_LENGTH), "/vrm"));
    }

    @Test
    void nothingStoredIsNothingToReturnTo() {
        assertEquals(Optional.empty(), ReturnAddress.of(null, "/vrm"));
    }
}
