package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallerContextTest {

    private final CallerContext callers = new CallerContext();

    @Test
    void outsideAnyBindingTheCallerIsTheSystem() {
        assertSame(Caller.SYSTEM, callers.current());
        assertEquals("system", callers.name());
    }

    @Test
    void theRequestsUserAndRolesAreReadOnceOnFirstUse() {
        AtomicInteger roleQuestions = new AtomicInteger();
        HttpServletRequest request = request("procurement-demo", Set.of(Roles.PROCUREMENT, Roles.SNS_OWNER),
                roleQuestions);
        try (var bound = CallerContext.bind(request, Optional::empty)) {
            assertEquals(0, roleQuestions.get(), "nothing is asked before a service needs it");
            assertEquals("procurement-demo", callers.name());
            assertEquals(Set.of(Roles.PROCUREMENT, Roles.SNS_OWNER), callers.current().roles(),
                    "without a token, the server's roles");
            assertTrue(callers.hasAny(Roles.AUDITOR, Roles.SNS_OWNER));
            callers.current();
            assertEquals(Roles.ALL.size(), roleQuestions.get());
        }
        assertSame(Caller.SYSTEM, callers.current());
    }

    @Test
    void aRoleTheServerLostForThisRequestIsKeptFromTheUsersToken() {
        HttpServletRequest request = request("security-demo", Set.of(), new AtomicInteger());
        try (var bound = CallerContext.bind(request,
                () -> Optional.of(List.of(Roles.SECURITY_OFFICER, "offline_access")))) {
            assertEquals("security-demo", callers.name());
            assertEquals(Set.of(Roles.SECURITY_OFFICER), callers.current().roles(), "only portal roles count");
        }
    }

    @Test
    void aRoleRemovedInKeycloakIsGoneOnceTheRefreshedTokenLacksItThoughTheServerStillHoldsIt() {
        AtomicInteger roleQuestions = new AtomicInteger();
        HttpServletRequest request = request("lead-demo", Set.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER),
                roleQuestions);
        try (var bound = CallerContext.bind(request, () -> Optional.of(List.of(Roles.PROCUREMENT)))) {
            assertEquals(Set.of(Roles.PROCUREMENT), callers.current().roles());
            assertEquals(0, roleQuestions.get(), "the server's session roles are not consulted when a token is there");
        }
    }

    @Test
    void aRequestNoOneIsSignedInToIsTheSystem() {
        try (var bound = CallerContext.bind(request(null, Set.of(), new AtomicInteger()), Optional::empty)) {
            assertSame(Caller.SYSTEM, callers.current());
        }
    }

    @Test
    void aNestedBindingRestoresTheOuterCaller() {
        Caller outer = new Caller("security-demo", Set.of(Roles.SECURITY_OFFICER));
        try (var a = CallerContext.bind(outer)) {
            try (var b = CallerContext.bind(new Caller("auditor-demo", Set.of(Roles.AUDITOR)))) {
                assertEquals("auditor-demo", callers.name());
            }
            assertSame(outer, callers.current());
        }
        assertSame(Caller.SYSTEM, callers.current());
    }

    @Test
    void anotherThreadDoesNotSeeTheBinding() throws Exception {
        try (var bound = CallerContext.bind(new Caller("security-demo", Set.of(Roles.SECURITY_OFFICER)))) {
            assertSame(Caller.SYSTEM, CompletableFuture.supplyAsync(callers::current).get());
        }
    }

    private static HttpServletRequest request(String user, Set<String> roles, AtomicInteger roleQuestions) {
        Principal principal = user == null ? null : () -> user;
        return (HttpServletRequest) Proxy.newProxyInstance(CallerContextTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "isUserInRole" -> {
                        roleQuestions.incrementAndGet();
                        yield roles.contains((String) args[0]);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
