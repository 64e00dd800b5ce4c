package jp.kochi.vrm.sns;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * The forms in which account addresses and handles are compared, so that every way of writing the same account
 * matches and nothing else does. Input is first NFKC-normalised (full-width characters become ASCII). An address
 * becomes {@code host/path}: no scheme, lower case ({@code www.}, {@code m.} and {@code mobile.} dropped, known aliases
 * mapped: twitter.com is x.com, fb.com is facebook.com, internationalised hosts in punycode), the path percent-decoded
 * and NFC-normalised, in lower case except a YouTube channel id, without empty segments, query string or fragment
 * (except the id of a Facebook {@code profile.php}) and default port. A path with {@code .} or {@code ..} segments
 * is refused: a browser would resolve it to another account. A handle loses its {@code @} and its case. A look-alike
 * (an extra character, another domain) stays different.
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
        if (input.strip().length() > MAX_INPUT) {
            throw new BusinessRuleViolation("sns.verify.tooLong", MAX_INPUT);
        }
        String text = nfkc(input);
        // Without a path it cannot be an account's address: a handle, possibly with dots (kochi.city on Instagram).
        if (text.startsWith("@") || !text.contains("/")) {
            return new Query(true, handle(text));
        }
        return new Query(false, address(text));
    }

    /** A handle as compared: without the {@code @}, lower case. */
    public static String handle(String input) {
        String text = nfkc(input);
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
        String text = nfkc(input);
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
        List<String> segments = segments(uri.getRawPath(), host);
        String path = segments.isEmpty() ? "" : "/" + String.join("/", segments);
        if (path.equals("/profile.php") && uri.getRawQuery() != null) {
            var id = PROFILE_ID.matcher(uri.getRawQuery());
            if (id.find()) {
                path = path + "?id=" + id.group(1);
            }
        }
        return host + path;
    }

    /** The path's segments, decoded and compared-case; empty ones dropped, dot segments refused. */
    private static List<String> segments(String rawPath, String host) {
        List<String> segments = new ArrayList<>();
        if (rawPath == null) {
            return segments;
        }
        for (String raw : rawPath.split("/")) {
            String segment = Normalizer.normalize(decode(raw), Normalizer.Form.NFC);
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..") || segment.matches(".*[/\\\\?#\\p{Cntrl}\\s].*")) {
                throw new BusinessRuleViolation("sns.verify.invalid");
            }
            boolean channelId = host.equals("youtube.com") && segments.size() == 1 && segments.get(0).equals("channel");
            segments.add(channelId ? segment : segment.toLowerCase(Locale.ROOT));
        }
        return segments;
    }

    /** Percent-decoding as UTF-8 ({@code +} stays a plus); malformed escapes or bytes are refused. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new BusinessRuleViolation("sns.verify.invalid");
                }
                bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    if (!bytes.hasRemaining()) {
                        throw new BusinessRuleViolation("sns.verify.invalid");
                    }
                    bytes.put(b);
                }
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessRuleViolation("sns.verify.invalid");
        }
    }

    private static String nfkc(String input) {
        return input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
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
