package jp.kochi.vrm.contract;

import java.util.Objects;

/**
 * The person handing in evidence, as the signed-in token names them.
 *
 * @param username the sign-in name (four-eyes checks compare it)
 * @param displayName the name shown to reviewers
 * @param email where a send-back is mailed; may be {@code null} for staff
 * @param kind contractor or staff
 */
public record Submitter(String username, String displayName, String email, SubmitterKind kind) {

    public Submitter {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kind, "kind");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }
}
