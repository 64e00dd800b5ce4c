package jp.kochi.vrm.identity;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Enforces {@link Allowed} before anything else around the method runs. */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
public class AllowedInterceptor {

    @Inject
    private CallerContext callers;

    public AllowedInterceptor() {
    }

    AllowedInterceptor(CallerContext callers) {
        this.callers = callers;
    }

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        String[] roles = rolesFor(invocation.getMethod());
        if (roles != null) {
            Caller caller = callers.current();
            if (!caller.hasAny(roles)) {
                throw new AccessRefused(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName() + " needs one of " + Arrays.toString(roles));
            }
        }
        return invocation.proceed();
    }

    /** The roles a call needs, or {@code null} when the method is open to every caller. */
    static String[] rolesFor(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        Allowed onMethod = method.getAnnotation(Allowed.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Allowed onClass = method.getDeclaringClass().getAnnotation(Allowed.class);
        return onClass == null ? null : onClass.value();
    }
}
