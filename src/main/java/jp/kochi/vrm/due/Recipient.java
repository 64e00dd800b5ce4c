package jp.kochi.vrm.due;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whom a notification is for, as stored: {@code user:<name>} (a portal user), {@code role:<role>} (every user with
 * the realm role, e.g. the security officers) or {@code contractor:<id>} (the contractor's portal users).
 */
public final class Recipient {

    public static final String USER = "user:";
    public static final String ROLE = "role:";
    public static final String CONTRACTOR = "contractor:";

    private Recipient() {
    }

    /** The user's marker; {@code null} for a blank name (e.g. a record without one), which is skipped. */
    public static String user(String username) {
        return username == null || username.isBlank() ? null : USER + username.strip();
    }

    public static String role(String role) {
        return ROLE + role;
    }

    public static String contractor(Long id) {
        return id == null ? null : CONTRACTOR + id;
    }

    /** The markers that reach a signed-in user with these roles (and, for a contractor's user, its contractor). */
    public static List<String> markersOf(String username, Collection<String> roles, Long contractorId) {
        List<String> markers = new ArrayList<>();
        markers.add(USER + username);
        for (String r : roles) {
            markers.add(ROLE + r);
        }
        if (contractorId != null) {
            markers.add(CONTRACTOR + contractorId);
        }
        return markers;
    }
}
