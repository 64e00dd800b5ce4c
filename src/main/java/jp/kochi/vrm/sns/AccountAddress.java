package jp.kochi.vrm.sns;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * The forms in which account addresses and handles are compared, so that every way of writing the same account
 * matches and nothing else does. An address becomes {@code host/path}: no scheme, lower case, {@code www.},
 * {@code m.} and {@code mobile.} dropped, known aliases mapped (twitter.com is x.com, fb.com is facebook.com), no
 * query string or fragment (except the id of a Facebook {@code profile.php}), no default port, no trailing slash.
 * A handle loses its {@code @} and its case. A look-alike (an extra character, another domain) stays different.
 */
public final class AccountAddress {

    /** Longest input accepted, address or handle. */
    public static final int MAX_INPUT = 500;

    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s\\u3000\\u200b-\\u200f\\u2028-\\u202e\\ufeff]");
    private static final Pattern PROFILE_ID = Pattern.compile("(?:^|&)id=([0-9]{1,30})(?:&|$)");
    private static final Map<String, String> HOST_ALIASES = Map.of(
            "twitter.com", "x.com",
            "fb.com", "facebook.com",
            "fb.me", "facebook.com");

    private AccountAddress() {
    }

    /** What a verification query asks about: an address or a handle, normalised. */
    public record Query(boolean handle, String value) {
    }

    /**
     * Reads a query: an address ({@code https://x.com/kochi_city}, {@code x.com/kochi_city}) or a handle
     * ({@code @kochi_city}, {@code kochi_city}).
     *
     * @throws BusinessRuleViolation {@code sns.verify.empty}, {@code sns.verify.tooLong} or {@code sns.verify.invalid}
     */
    public static Query parse(String input) {
        if (input == null || input.strip().isEmpty()) {
            throw new BusinessRuleViolation("sns.verify.empty");
        }
        String text = input.strip();
        if (text.length() > MAX_INPUT) {
            throw new BusinessRuleViolation("sns.verify.tooLong", MAX_INPUT);
        }
        if (text.startsWith("@") || (!text.contains("/") && !text.contains("."))) {
            return new Query(true, handle(text));
        }
        return new Query(false, address(text));
    }

    /** A handle as compared: without the {@code @}, lower case. */
    public static String handle(String input) {
        String text = input == null ? "" : input.strip();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        if (!HANDLE.matcher(text).matches()) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** An address as compared: {@code host/path}. */
    public static String address(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty() || text.length() > MAX_INPUT || CONTROL_OR_SPACE.matcher(text).find()) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
        if (!text.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null
                || uri.getRawUserInfo() != null) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
        String host = host(uri);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        path = path.replaceAll("/{2,}", "/");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/profile.php") && uri.getRawQuery() != null) {
            var id = PROFILE_ID.matcher(uri.getRawQuery());
            if (id.find()) {
                path = path + "?id=" + id.group(1);
            }
        }
        return host + path;
    }

    /** The query is this account's address, or an address below it (one of its posts or pages). */
    public static boolean sameOrBelow(String normalisedQuery, String normalisedAccount) {
        return normalisedQuery.equals(normalisedAccount) || normalisedQuery.startsWith(normalisedAccount + "/");
    }

    private static String host(URI uri) {
        // The authority rather than URI.getHost(), which gives up on internationalised names: those are compared
        // in their ASCII (punycode) form, so a Cyrillic look-alike of a Latin letter stays a different host.
        String host = uri.getRawAuthority().replaceFirst(":[0-9]{0,5}$", "");
        if (host.isEmpty() || host.contains("%") || host.contains(":") || host.contains("[")) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String prefix : new String[] {"www.", "mobile.", "m."}) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                host = host.substring(prefix.length());
                break;
            }
        }
        if (!host.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
        return HOST_ALIASES.getOrDefault(host, host);
    }
}
