package jp.kochi.vrm.identity;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The paths into sign-in that the OpenID Connect mechanism (Soteria) leaves to the user as an error or a blank page,
 * handled around it (a CDI decorator of the server's authentication mechanism):
 * <ul>
 * <li><b>Keycloak's answer that signs no one in</b> (a sign-in started in another tab replaced this one's state, the
 * session ended while Keycloak's login page was open, the address was opened again from the history): the mechanism
 * fails on the missing page address with an exception, or refuses without writing anything (a blank page). It is
 * answered with 401, whose page says sign-in did not complete and offers it again.</li>
 * <li><b>A form sent to a signed-in area with a session that has ended</b> (idle timeout, sign-out in another tab, a
 * restart): its content is not applied; the user goes through sign-in and back to the page, where
 * {@link SignInNotice} says so.</li>
 * <li><b>An address in any but its one plain form</b> ({@link CanonicalAddress}): answered 404 like a missing page
 * before sign-in is offered, as {@link CanonicalAddressFilter} answers it for a signed-in user.</li>
 * <li><b>An ajax request of a page whose session has ended</b>: a redirect to Keycloak cannot be followed by the page's
 * script, so the click would do nothing. The page is told to load itself again (Faces' partial response redirect),
 * which goes through sign-in and back to it.</li>
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the last action was not applied because the session had ended. */
    static final String INTERRUPTED = SignInMechanism.class.getName() + ".interrupted";

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!CanonicalAddress.isCanonical(request.getRequestURI())) {
            // Before sign-in is offered: an unusual spelling of a page is a missing page, for the anonymous too.
            return context.responseNotFound();
        }
        if (request.getUserPrincipal() != null) {
            return mechanism.validateRequest(request, response, context);
        }
        boolean callback = "/callback".equals(request.getServletPath());
        if (callback) {
            HttpSession session = request.getSession(true);
            if (session.getAttribute(OpenIdConstant.ORIGINAL_REQUEST) == null) {
                // The mechanism reads this without checking it is there.
                session.setAttribute(OpenIdConstant.ORIGINAL_REQUEST, base(request) + "/signin");
            }
        } else if (context.isProtected()) {
            boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
            if (sessionEnded && "POST".equals(request.getMethod())) {
                request.getSession(true).setAttribute(INTERRUPTED, Boolean.TRUE);
                if (!ajax) {
                    // Back to the page as the browser showed it (a form's address lacks the page's query, ?id=…):
                    // its plain request then starts sign-in and returns there.
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", pageShown(request));
                    return AuthenticationStatus.SEND_CONTINUE;
                }
            }
            if (ajax) {
                return reloadPage(request, response, context);
            }
        }
        AuthenticationStatus status;
        try {
            status = mechanism.validateRequest(request, response, context);
        } catch (RuntimeException e) {
            if (!callback) {
                throw e;
            }
            status = AuthenticationStatus.SEND_FAILURE;
        }
        if (callback && status == AuthenticationStatus.SEND_FAILURE && !response.isCommitted()) {
            return context.responseUnauthorized();
        }
        return status;
    }

    /**
     * Answers a page's ajax request with Faces' instruction to load the page again (as the browser shows it, from the
     * {@code Referer} when it is a page of the portal), which then starts sign-in as a plain page request.
     */
    private static AuthenticationStatus reloadPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String target = pageShown(request);
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            PrintWriter out = response.getWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"></redirect></partial-response>");
            out.flush();
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The page the browser showed when it sent the request: the {@code Referer} when it is a plain page of the portal,
     * else the request's own address, else sign-in.
     */
    private static String pageShown(HttpServletRequest request) {
        return Optional.ofNullable(request.getHeader("Referer"))
                .filter(referer -> referer.startsWith(base(request) + "/"))
                .flatMap(referer -> ReturnAddress.of(referer, request.getContextPath()))
                .or(() -> ReturnAddress.of(request.getRequestURL().toString(), request.getContextPath()))
                .orElse(request.getContextPath() + "/signin");
    }

    /** The portal's address as the request reached it: scheme, host, port and context path. */
    private static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
