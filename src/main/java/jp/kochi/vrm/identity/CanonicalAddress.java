package jp.kochi.vrm.identity;

import java.util.List;
import java.util.Locale;

/**
 * The one plain spelling of an address of the portal. Every check by address (the container's security constraints,
 * {@link Areas}, the sign-in return address) compares the path as it was sent, and the servlet container does not
 * reduce {@code /staff//audit/log.xhtml} or {@code /./staff/…} to the page they reach: such a spelling was judged by
 * the staff area's rule instead of the audit log's. A path is canonical when it has no empty segment ({@code //}), no
 * dot segment ({@code /./}, {@code /../}, or one at the end), no path parameter ({@code ;}, {@code ;jsessionid=}
 * included: the session travels only in its cookie), no backslash, and no percent-encoded {@code /}, {@code \},
 * {@code .} or {@code %} (which a later decoding step could turn into one of the others). Only the path counts: the
 * query, after the first {@code ?}, may hold anything.
 */
public final class CanonicalAddress {

    private static final List<String> ENCODED_SEPARATORS = List.of("%2f", "%5c", "%2e", "%25");

    private CanonicalAddress() {
    }

    /**
     * Whether {@code rawUri} (a path as sent, not decoded, as {@link jakarta.servlet.http.HttpServletRequest#getRequestURI}
     * gives it, optionally with its query) is in its one plain form; {@code null} is not.
     */
    public static boolean isCanonical(String rawUri) {
        if (rawUri == null) {
            return false;
        }
        int query = rawUri.indexOf('?');
        String path = query < 0 ? rawUri : rawUri.substring(0, query);
        String lower = path.toLowerCase(Locale.ROOT);
        return !path.contains("//") && !path.contains("/./") && !path.contains("/../") && !path.endsWith("/.")
                && !path.endsWith("/..") && path.indexOf(';') < 0 && path.indexOf('\\') < 0
                && ENCODED_SEPARATORS.stream().noneMatch(lower::contains);
    }
}
