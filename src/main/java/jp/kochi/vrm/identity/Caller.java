package jp.kochi.vrm.identity;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who a service call is made for: the signed-in user of the web request being served, with the portal roles they
 * hold, or {@link #SYSTEM} when no user is signed in (timers, start-up, background work, public pages).
 *
 * @param name the Keycloak user name ({@code preferred_username}), or {@link #SYSTEM_NAME}
 * @param roles the portal roles held, from {@link Roles#ALL}
 */
public record Caller(String name, Set<String> roles) {

    /** The name recorded for work the portal does on its own, e.g. in the audit log. */
    public static final String SYSTEM_NAME = "system";

    /** No signed-in user: the portal itself, or an anonymous request. Holds no role. */
    public static final Caller SYSTEM = new Caller(SYSTEM_NAME, Set.of());

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether the caller holds at least one of {@code anyOf}. */
    public boolean hasAny(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }
}
