package jp.kochi.vrm.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces renders inline scripts and styles, so the policy allows
 * 'unsafe-inline' for those but nothing from other origins; framing is refused outright. Every answer but the static
 * resources is {@code Cache-Control: no-store}.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' %s; "
            + "frame-ancestors 'none'";

    @Inject
    private PortalSettings settings;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        // Sign-in and sign-out send the browser to Keycloak, so its origin is allowed as a form target.
        contentSecurityPolicy = String.format(CONTENT_SECURITY_POLICY, origin(settings.oidcProviderUri()));
    }

    /** Style sheets, scripts and images of the pages: the same for everyone, cacheable as their servlet says. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    static String origin(String uri) {
        String origin = SameOriginFilter.origin(uri);
        return origin == null ? "" : origin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!isStaticResource(request)) {
            // Pages and downloads may show a signed-in user's records: never kept by the browser or a proxy, so Back
            // after signing out (on a shared office PC) cannot show them again. Public answers that may be cached say
            // so themselves (the open data API sets its own header after this one).
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
