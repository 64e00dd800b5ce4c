package jp.kochi.vrm.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a request whose address is not in its one plain form ({@link CanonicalAddress}) like a page that does not
 * exist, before anything else looks at its path: the area check ({@link AreaAccessFilter}) and every later filter
 * match the path as sent, and the servlet container passes {@code /staff//audit/log.xhtml} to Faces, which serves the
 * audit log, while the area rule matched it as a staff page. Mapped first in {@code web.xml} for requests from the
 * browser; forwards, includes and error pages carry addresses the portal built itself. The sign-in mechanism applies
 * the same rule before it sends an anonymous visitor to Keycloak ({@link SignInMechanism}), so such an address is
 * answered alike for everyone.
 *
 * <p>404, not 400: the portal links to no such address, so no browser or bookmark of a user meets it; the answer is
 * that of any missing page (the portal's own 404 page, in Japanese), so it says nothing about which spellings reach
 * which page, and it matches what the server answers for the same spellings outside the portal (RouteMatrixIT).
 * Redirecting to the plain form was not chosen: it would repair addresses only an attacker or a broken tool sends.
 */
@WebFilter(filterName = "canonicalAddress", urlPatterns = "/*")
public class CanonicalAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!CanonicalAddress.isCanonical(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
