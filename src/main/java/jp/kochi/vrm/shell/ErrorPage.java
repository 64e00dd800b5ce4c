package jp.kochi.vrm.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.audit.AuditLog;

/**
 * Backs the error pages: records refused access in the audit log, and for unexpected errors logs the
 * exception under a short reference the user can quote, while the page shows no internals.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    private HttpServletRequest request;

    @Inject
    private AuditLog auditLog;

    private String reference;

    /** Called by the 403 page: an audit entry per refusal of a signed-in user, a server log line for an anonymous one. */
    public void recordRefusal() {
        if (request.getAttribute(ErrorPage.class.getName()) != null) {
            return;
        }
        request.setAttribute(ErrorPage.class.getName(), Boolean.TRUE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String target = uri == null ? request.getRequestURI() : uri.toString();
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        auditLog.recordAccessDenied(user, target);
    }

    /**
     * Called by the expired-view page: an expired or forged view state is the request's fault, not the server's,
     * so it is answered 400 rather than the 500 of an exception (monitoring counts 5xx as the portal failing).
     */
    public void markExpired() {
        HttpServletResponse response = (HttpServletResponse) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getResponse();
        if (response.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** A reference for the user to quote; the exception is logged under it. */
    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (error instanceof Throwable t) {
                LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, t);
            } else {
                LOG.severe(() -> "Unexpected error, reference " + reference + " at "
                        + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            }
        }
        return reference;
    }
}
