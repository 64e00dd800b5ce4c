package jp.kochi.vrm.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link Caller} of the work running on this thread, for services to check roles and record names.
 *
 * <p>Services and the area check ({@link AreaAccessFilter}) ask this instead of the server's own role checks
 * ({@code @RolesAllowed}, {@code SessionContext}, role constraints in {@code web.xml}): under concurrent load Payara
 * sometimes serves a signed-in user's request without their groups (Payara issue 6145; its session re-login takes the
 * groups from a thread-bound security context that is not always the user's), and refused about 5 % of requests users
 * were entitled to (403 at 20 concurrent users). The user's name is never affected: it is the request's own
 * principal. So the caller here is the request's principal ({@link HttpServletRequest#getUserPrincipal()}) with the
 * portal roles in the {@code groups} claim of the user's current access token (kept in their session, refreshed from
 * Keycloak when it expires, mapped 1:1 to roles as the server maps them), bound to the thread by {@link CallerFilter}
 * for the request's duration. The token, not the server's view, decides: the server keeps the groups the session
 * signed in with, while a refreshed token carries what Keycloak says now, so a role removed in Keycloak is gone
 * within the token's lifetime. Only a request without a token (none in this portal) falls back to
 * {@link HttpServletRequest#isUserInRole(String)}. Work handed to another thread takes its caller along with
 * {@link #bind(Caller)}. Anything else (timers, start-up) runs as {@link Caller#SYSTEM}, which holds no role.
 */
@ApplicationScoped
public class CallerContext {

    private static final ThreadLocal<Supplier<Caller>> CURRENT = new ThreadLocal<>();

    /** The caller of the work on this thread; {@link Caller#SYSTEM} outside a bound request or task. */
    public Caller current() {
        Supplier<Caller> bound = CURRENT.get();
        return bound == null ? Caller.SYSTEM : bound.get();
    }

    /** The caller's user name, or {@link Caller#SYSTEM_NAME}. */
    public String name() {
        return current().name();
    }

    public boolean has(String role) {
        return current().has(role);
    }

    /** Whether the caller holds at least one of {@code anyOf}. */
    public boolean hasAny(String... anyOf) {
        return current().hasAny(anyOf);
    }

    /** Runs the following work as {@code caller} until the binding is closed; the previous caller then returns. */
    public static Binding bind(Caller caller) {
        return bind(() -> caller);
    }

    /**
     * Binds the request's user, read once on first use; {@code tokenGroups} gives the groups of the user's current
     * token, or empty when the request carries no token.
     */
    static Binding bind(HttpServletRequest request, Supplier<Optional<List<String>>> tokenGroups) {
        return bind(new Supplier<>() {
            private Caller caller;

            @Override
            public Caller get() {
                if (caller == null) {
                    caller = of(request, tokenGroups);
                }
                return caller;
            }
        });
    }

    /**
     * The request's user and the portal roles their current token's groups name (the server's own roles only for a
     * request without a token); {@link Caller#SYSTEM} for a request no one is signed in to.
     */
    static Caller of(HttpServletRequest request, Supplier<Optional<List<String>>> tokenGroups) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null) {
            return Caller.SYSTEM;
        }
        Set<String> roles = tokenGroups.get()
                .map(groups -> Roles.ALL.stream().filter(groups::contains).collect(Collectors.toSet()))
                .orElseGet(() -> Roles.ALL.stream().filter(request::isUserInRole).collect(Collectors.toSet()));
        return new Caller(principal.getName(), roles);
    }

    private static Binding bind(Supplier<Caller> caller) {
        Supplier<Caller> previous = CURRENT.get();
        CURRENT.set(caller);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A caller bound to the thread; closing it restores the one before. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
