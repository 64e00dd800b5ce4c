package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowedInterceptorTest {

    @Allowed({Roles.PROCUREMENT, Roles.AUDITOR})
    static class Register {
        public String read() {
            return "read";
        }

        @Allowed(Roles.PROCUREMENT)
        public String save() {
            return "saved";
        }

        @PermitAll
        public String open() {
            return "open";
        }
    }

    static class Unprotected {
        public String any() {
            return "any";
        }
    }

    private final CallerContext callers = new CallerContext();
    private final AllowedInterceptor interceptor = new AllowedInterceptor(callers);

    @Test
    void theMethodsAnnotationWinsOverTheClasss() throws Exception {
        assertArrayEquals(new String[] {Roles.PROCUREMENT, Roles.AUDITOR},
                AllowedInterceptor.rolesFor(Register.class.getMethod("read")));
        assertArrayEquals(new String[] {Roles.PROCUREMENT}, AllowedInterceptor.rolesFor(Register.class.getMethod("save")));
        assertNull(AllowedInterceptor.rolesFor(Register.class.getMethod("open")));
        assertNull(AllowedInterceptor.rolesFor(Unprotected.class.getMethod("any")));
    }

    @Test
    void aCallerWithOneOfTheRolesIsAdmitted() throws Exception {
        try (var bound = CallerContext.bind(new Caller("auditor-demo", Set.of(Roles.AUDITOR)))) {
            Invocation read = new Invocation(Register.class.getMethod("read"));
            assertEquals("read", interceptor.check(read));
            assertTrue(read.proceeded);
        }
    }

    @Test
    void aCallerWithoutTheRolesIsRefusedBeforeTheMethodRuns() throws Exception {
        try (var bound = CallerContext.bind(new Caller("auditor-demo", Set.of(Roles.AUDITOR)))) {
            Invocation save = new Invocation(Register.class.getMethod("save"));
            AccessRefused refused = assertThrows(AccessRefused.class, () -> interceptor.check(save));
            assertFalse(save.proceeded);
            assertTrue(refused.getMessage().contains("Register.save"), refused.getMessage());
        }
    }

    @Test
    void outsideARequestTheSystemHoldsNoRoleButOpenMethodsRun() throws Exception {
        Invocation read = new Invocation(Register.class.getMethod("read"));
        assertThrows(AccessRefused.class, () -> interceptor.check(read));
        assertFalse(read.proceeded);
        Invocation open = new Invocation(Register.class.getMethod("open"));
        assertEquals("open", interceptor.check(open));
    }

    /** Calls the method on a fresh instance, as the container would after the interceptor. */
    private static final class Invocation implements InvocationContext {
        private final Method method;
        private final Map<String, Object> data = new HashMap<>();
        boolean proceeded;

        Invocation(Method method) {
            this.method = method;
        }

        @Override
        public Object proceed() throws Exception {
            proceeded = true;
            Constructor<?> c = method.getDeclaringClass().getDeclaredConstructor();
            return method.invoke(c.newInstance());
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
        }

        @Override
        public Map<String, Object> getContextData() {
            return data;
        }
    }
}
