package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

    private static final String HERE = "http://localhost:8080";
    private static final String PUBLIC = "https://vrm.city.kochi.example";

    private static boolean post(String origin, String referer, String fetchSite) {
        return SameOriginFilter.allowed("POST", origin, referer, fetchSite, HERE, PUBLIC);
    }

    @Test
    void safeMethodsAlwaysPass() {
        assertTrue(SameOriginFilter.allowed("GET", "https://evil.example", null, "cross-site", HERE, PUBLIC));
        assertTrue(SameOriginFilter.allowed("head", "https://evil.example", null, "cross-site", HERE, PUBLIC));
        assertTrue(SameOriginFilter.allowed("OPTIONS", null, null, null, HERE, PUBLIC));
    }

    @Test
    void postsFromThePortalItselfPass() {
        assertTrue(post(HERE, null, "same-origin"));
        assertTrue(post("HTTP://LOCALHOST:8080", null, null));
        assertTrue(post(PUBLIC, null, null), "as the reverse proxy's public address names it");
        assertTrue(post(null, HERE + "/vrm/staff/home.xhtml", null), "no Origin: the Referer decides");
        assertTrue(post(null, null, null), "no browser headers at all: a program, left to the view state");
    }

    @Test
    void postsFromAnywhereElseAreRefused() {
        assertFalse(post("https://evil.example", null, null));
        assertFalse(post("http://localhost:8081", null, null), "another port is another origin");
        assertFalse(post("https://localhost:8080", null, null), "another scheme is another origin");
        assertFalse(post("null", null, null), "sandboxed frames and files send Origin: null");
        assertFalse(post(null, "https://evil.example/form.html", null));
        assertFalse(post(null, "not a url", null));
        assertFalse(post(HERE, null, "cross-site"), "the browser says the request comes from another site");
        assertFalse(SameOriginFilter.allowed("DELETE", "https://evil.example", null, null, HERE, PUBLIC));
        assertFalse(SameOriginFilter.allowed("POST", "https://evil.example", null, null, HERE, null));
    }

    @Test
    void originsAreSchemeHostAndPort() {
        assertEquals("https://sso.example.jp", SameOriginFilter.origin("https://SSO.example.jp/realms/x?y=1"));
        assertEquals("http://localhost:8080", SameOriginFilter.origin("http://localhost:8080/vrm"));
        assertNull(SameOriginFilter.origin("/vrm/relative"));
        assertNull(SameOriginFilter.origin("http://bad host/"));
        assertNull(SameOriginFilter.origin(null));
    }
}
