package jp.kochi.vrm.identity;

import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /signin} and the OpenID Connect callback {@code /callback}. {@code /signin} is protected for every role, so
 * visiting it starts the Keycloak sign-in. Keycloak returns to {@code /callback}, where the mechanism has already
 * exchanged the one-time code; this servlet then sends the user on with a plain address (the code and state never stay
 * in the address bar or the history): to the page they asked for while signed out, with its query
 * ({@link ReturnAddress}), or else to the home page of their role. A page their role may not open answers with the 403
 * page there, like any other.
 *
 * <p>A callback that signed no one in (an outdated or replayed code, a sign-in started in another tab that replaced
 * this one's state) is refused by the mechanism with 401, and Keycloak's error answers here too: the 401 page says
 * that sign-in did not complete and offers it again, never a loop of redirects.
 */
@WebServlet(urlPatterns = {"/signin", "/callback"})
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallerContext callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        HttpSession session = request.getSession(false);
        Optional<String> asked = Optional.empty();
        if (session != null) {
            asked = ReturnAddress.of((String) session.getAttribute(OpenIdConstant.ORIGINAL_REQUEST), context);
        }
        if (request.getUserPrincipal() == null) {
            // Only /callback is reachable signed out. Keycloak answered with an error (the user cancelled, or the
            // client is refused): the page saying sign-in did not complete, with a link to try again; no new round
            // trip by itself, which could loop. Anything else: start again where the user was.
            if (request.getParameter("error") != null) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(asked.orElse(context + "/signin"));
            }
            return;
        }
        if (session != null) {
            session.removeAttribute(OpenIdConstant.ORIGINAL_REQUEST);
        }
        String home = CurrentUser.homeFor(callers::has);
        if (asked.isPresent()) {
            response.sendRedirect(asked.get());
        } else if (home == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(context + home);
        }
    }
}
