package jp.kochi.vrm.identity;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a service's methods (on the class) or one method (on the method, which then wins over the
 * class); {@code jakarta.annotation.security.PermitAll} on a method opens it to every caller. Checked by
 * {@link AllowedInterceptor} against the web request's user ({@link CallerContext}), not by the EJB container: see
 * there for why. A refused call throws {@link AccessRefused}, answered with the 403 page.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    /** The roles, any one of which admits the caller. */
    @Nonbinding
    String[] value() default {};
}
