package jp.kochi.vrm.account;

/**
 * Keycloak did not do what was asked. The kind decides the user's message; the text is for the log only and
 * never carries a secret.
 */
public class DirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the portal can tell. */
    public enum Kind {
        /** No answer (connection refused, timed out): Keycloak is down or unreachable. */
        UNREACHABLE,
        /** A user with this username or e-mail already exists (409). */
        CONFLICT,
        /** No such user (404). */
        NOT_FOUND,
        /** Keycloak could not send the execute-actions mail (its SMTP server failed). */
        MAIL_FAILED,
        /** The provisioning client was refused (401/403): wrong secret or missing roles. */
        REFUSED,
        /** Any other answer. */
        FAILED
    }

    private final Kind kind;

    public DirectoryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DirectoryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
