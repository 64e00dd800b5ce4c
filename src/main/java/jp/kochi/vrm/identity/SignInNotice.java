package jp.kochi.vrm.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The message shown once, on the first page after signing in again, when the user's last action was sent with a
 * session that had ended ({@link SignInMechanism}).
 */
@Named
@RequestScoped
public class SignInNotice {

    @Inject
    private HttpServletRequest request;

    private boolean interrupted;

    @PostConstruct
    void take() {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && session.getAttribute(
                SignInMechanism.INTERRUPTED) != null) {
            session.removeAttribute(SignInMechanism.INTERRUPTED);
            interrupted = true;
        }
    }

    /** Whether the last action before this sign-in was not applied. */
    public boolean isInterrupted() {
        return interrupted;
    }
}
