package jp.kochi.vrm.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Admits a request to an area of the portal ({@link Areas}) only for a caller holding one of its roles, else answers
 * with the 403 page (which records the refusal in the audit log). Mapped after {@link CallerFilter} and the session
 * lifetime check, for requests from the browser; {@code web.xml} has already required a signed-in user there.
 */
@WebFilter(filterName = "areaAccess", urlPatterns = "/*")
public class AreaAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallerContext callers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<Areas.Area> area = Areas.of(path);
        if (area.isPresent() && !callers.hasAny(area.get().roles().toArray(String[]::new))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
