package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void keycloakOriginIsSchemeHostAndPortOnly() {
        assertEquals("http://localhost:8180", SecurityHeadersFilter.origin("http://localhost:8180/realms/kochi-vrm"));
        assertEquals("https://sso.example.jp", SecurityHeadersFilter.origin("https://sso.example.jp/realms/kochi-vrm"));
    }

    @Test
    void missingOrMalformedProviderAllowsNoExtraOrigin() {
        assertEquals("", SecurityHeadersFilter.origin(null));
        assertEquals("", SecurityHeadersFilter.origin("http://bad host/"));
    }
}
