package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in user of the portal over plain HTTP ({@code java.net.http}), as a browser does it without the
 * browser: its own cookies, signed in through Keycloak's real login form (portal → Keycloak's login page → the
 * form posted with username and password → the portal's {@code /callback} → the role's home page).
 */
public final class PortalClient {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String portalUrl;
    private final HttpClient http;

    public PortalClient(String portalUrl) {
        this.portalUrl = portalUrl;
        // HTTP/1.1 as a browser speaks to a plain-http server. The JDK's default upgrade to h2c once stalled the login
        // POST: a deadlock in Payara's HTTP/2 code, which is off on the portal's listener since (RequestHardeningIT).
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Signs in through Keycloak's login page; returns the page the portal sent the user to. Fails when the login
     * form does not come, or the user does not end up back on the portal.
     */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = get("/signin");
        Matcher action = FORM_ACTION.matcher(login.body());
        if (login.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("No Keycloak login form for " + username + " (status " + login.statusCode()
                    + ", at " + login.uri() + ")");
        }
        String form = form(Map.of("username", username, "password", password, "credentialId", ""));
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(unescape(action.group(1))))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(portalUrl)) {
            throw new IllegalStateException("Sign-in of " + username + " did not come back to the portal (status "
                    + home.statusCode() + ", at " + home.uri() + ")");
        }
        return home;
    }

    /** A GET of a path below the portal's context root (or an absolute URL). */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A PrimeFaces ajax POST of form fields (in order) to a page of the portal. */
    public HttpResponse<String> ajax(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Faces view state of a page, or null. */
    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : portalUrl + path);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x3a;", ":").replace("&#43;", "+").replace("&#x2F;", "/")
                .replace("&quot;", "\"");
    }

    /**
     * Cookies by host and path, the {@code Secure} flag ignored: Keycloak marks its cookies {@code Secure}, and the
     * JDK's {@code CookieManager} then never sends them over the benchmark's plain-http loopback. Ports are not
     * told apart, as in browsers; the portal ({@code /vrm}) and Keycloak ({@code /realms/…}) use different paths.
     */
    static final class LoopbackCookies extends CookieHandler {

        private record Key(String host, String path, String name) {
        }

        private final Map<Key, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String header = cookies.entrySet().stream()
                    .filter(e -> e.getKey().host().equalsIgnoreCase(uri.getHost()) && path.startsWith(e.getKey().path()))
                    .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            for (Map.Entry<String, List<String>> h : responseHeaders.entrySet()) {
                if (h.getKey() == null || !h.getKey().equalsIgnoreCase("Set-Cookie")) {
                    continue;
                }
                for (String line : h.getValue()) {
                    store(uri, line);
                }
            }
        }

        private void store(URI uri, String line) {
            String[] parts = line.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                return;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] av = parts[i].split("=", 2);
                attributes.put(av[0].strip().toLowerCase(java.util.Locale.ROOT), av.length > 1 ? av[1].strip() : "");
            }
            String path = attributes.getOrDefault("path", defaultPath(uri));
            Key key = new Key(uri.getHost(), path.isEmpty() ? "/" : path, name);
            String maxAge = attributes.get("max-age");
            boolean expired = "0".equals(maxAge) || value.isEmpty()
                    || (attributes.containsKey("expires") && attributes.get("expires").contains("1970"));
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, value);
            }
        }

        private static String defaultPath(URI uri) {
            String p = uri.getPath();
            if (p == null || p.isEmpty() || !p.startsWith("/")) {
                return "/";
            }
            int last = p.lastIndexOf('/');
            return last == 0 ? "/" : p.substring(0, last);
        }
    }
}
