package jp.kochi.vrm.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link Caller} of the work running on this thread, for services to check roles and record names.
 *
 * <p>Services ask this instead of the EJB container ({@code SessionContext}, {@code @RolesAllowed}): under concurrent
 * load Payara's EJB security context sometimes lacks the caller's groups (Payara issue 6145), so the container refused
 * about 4 % of calls that the web layer had admitted for the same user (403 at 20 concurrent users). Here the caller
 * is read from the web request itself ({@link HttpServletRequest#getUserPrincipal()},
 * {@link HttpServletRequest#isUserInRole(String)}), the same source the URL constraints use, bound to the thread by
 * {@link CallerFilter} for the request's duration. Work handed to another thread takes its caller along with
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

    /** Binds the request's user, read once on first use (roles through {@code isUserInRole}). */
    static Binding bind(HttpServletRequest request) {
        return bind(new Supplier<>() {
            private Caller caller;

            @Override
            public Caller get() {
                if (caller == null) {
                    caller = of(request);
                }
                return caller;
            }
        });
    }

    /** The request's user and portal roles; {@link Caller#SYSTEM} for a request no one is signed in to. */
    static Caller of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null) {
            return Caller.SYSTEM;
        }
        return new Caller(principal.getName(),
                Roles.ALL.stream().filter(request::isUserInRole).collect(Collectors.toSet()));
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
