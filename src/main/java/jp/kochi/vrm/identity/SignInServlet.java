package jp.kochi.vrm.identity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /signin}: protected for every role, so visiting it starts the Keycloak sign-in; afterwards it
 * sends the user to the home page of their role. The OpenID Connect callback ({@code /callback}) lands
 * here too when there is no page to return to.
 */
@WebServlet(urlPatterns = {"/signin", "/callback"})
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallerContext callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = CurrentUser.homeFor(callers::has);
        if (home == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + home);
    }
}
