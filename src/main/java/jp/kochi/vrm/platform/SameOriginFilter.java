package jp.kochi.vrm.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses state-changing requests (anything but GET, HEAD, OPTIONS) that a browser sent from another site: the
 * {@code Origin} header (or, without it, the {@code Referer}) must name the portal itself, and
 * {@code Sec-Fetch-Site} must not say {@code cross-site}. The Faces view state already makes a forged form post
 * fail; this refuses it before it reaches any page, also where a view is stateless, and answers with the 403
 * page. Requests without any of these headers come from programs, not from a browser tricked by another site,
 * and pass on to the view-state check.
 */
@WebFilter(filterName = "sameOrigin", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private PortalSettings settings;

    private String portalOrigin;

    @Override
    public void init() {
        portalOrigin = origin(settings.portalUrl());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestOrigin = request.getScheme() + "://" + request.getHeader("Host");
        if (allowed(request.getMethod(), request.getHeader("Origin"), request.getHeader("Referer"),
                request.getHeader("Sec-Fetch-Site"), requestOrigin, portalOrigin)) {
            chain.doFilter(request, response);
            return;
        }
        // The path only: the query string of a refused request may hold anything.
        LOG.info(() -> "Cross-origin " + request.getMethod() + " refused: " + request.getRequestURI());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * Whether a request may go on: safe methods always; others when the browser's own statement of where the
     * request comes from names this portal (as the request reached it, or as {@code VRM_PORTAL_URL} names it).
     */
    static boolean allowed(String method, String origin, String referer, String fetchSite, String requestOrigin,
            String portalOrigin) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return false;
        }
        String claimed = origin != null ? origin : referer == null ? null : origin(referer);
        if (claimed == null) {
            return origin == null && referer == null;
        }
        return sameAs(claimed, requestOrigin) || sameAs(claimed, portalOrigin);
    }

    private static boolean sameAs(String a, String b) {
        return b != null && !"null".equals(a) && a.equalsIgnoreCase(b);
    }

    /** {@code scheme://host[:port]} of an absolute address, or null when it has none. */
    static String origin(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            URI parsed = URI.create(uri.strip());
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return null;
            }
            return parsed.getScheme().toLowerCase(Locale.ROOT) + "://" + parsed.getHost().toLowerCase(Locale.ROOT)
                    + (parsed.getPort() > 0 ? ":" + parsed.getPort() : "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
