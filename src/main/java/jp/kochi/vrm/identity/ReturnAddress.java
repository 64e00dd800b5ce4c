package jp.kochi.vrm.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a user returns after signing in: the page they asked for while signed out (a link from a mail, a bookmark),
 * with its query. Only an address inside the portal, in its one plain form ({@link CanonicalAddress}), qualifies, so
 * that a stored address can never send the user to another site or past the area checks by an unusual spelling; the
 * sign-in addresses themselves do not count (the user then goes to their home page).
 */
public final class ReturnAddress {

    /** Longer addresses are not taken back (a page address of the portal is far shorter). */
    static final int MAX_LENGTH = 2000;

    private ReturnAddress() {
    }

    /**
     * The path and query of {@code requestedUrl} (an absolute address as the server saw it), if it is a page of the
     * portal below {@code contextPath} that may be returned to; empty otherwise.
     */
    public static Optional<String> of(String requestedUrl, String contextPath) {
        if (requestedUrl == null || requestedUrl.isEmpty() || requestedUrl.length() > MAX_LENGTH
                || requestedUrl.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(requestedUrl);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || uri.getRawFragment() != null || !path.startsWith(contextPath + "/")) {
            return Optional.empty();
        }
        String inPortal = path.substring(contextPath.length());
        if (!CanonicalAddress.isCanonical(path) || inPortal.equals("/signin") || inPortal.equals("/callback")) {
            return Optional.empty();
        }
        return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
