package jp.kochi.vrm.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in page expressions ({@code #{dates.date(row.dueOn)}}, {@code #{r.account()}}) with the method looked
 * up once per class instead of once per call.
 *
 * <p>The standard {@code BeanELResolver} finds the method anew on every call, through {@link Class#getMethods()},
 * which copies every public method of the class each time. The pages make a few hundred such calls per answer, on
 * records and on CDI client proxies with dozens of methods: under load that was 14 % of everything the portal
 * allocated (BENCHMARKS.md). This resolver, ahead of the standard one (faces-config.xml), answers the calls it can
 * answer exactly as {@code BeanELResolver} would: one public, non-bridge, fixed-arity method of that name and number
 * of arguments, declared by a public type; arguments coerced by the context as the standard resolver coerces them.
 * Anything else (overloads, varargs, explicit parameter types, lambda arguments, a failed coercion) it leaves to the
 * standard resolver, so the choice between overloads and every error message stay the standard ones.
 */
public final class MethodCallELResolver extends ELResolver {

    /** Per class: "name/arity" to the one method to call, or empty where the standard resolver decides. */
    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        Object[] given = params == null ? new Object[0] : params;
        for (Object param : given) {
            if (param instanceof LambdaExpression) {
                return null;
            }
        }
        String name = method.toString();
        Method target = METHODS.get(base.getClass())
                .computeIfAbsent(name + "/" + given.length, key -> only(base.getClass(), name, given.length))
                .orElse(null);
        if (target == null) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[types.length];
        try {
            for (int i = 0; i < types.length; i++) {
                arguments[i] = context.convertToType(given[i], types[i]);
            }
        } catch (ELException notCoercible) {
            return null;
        }
        Object result;
        try {
            result = target.invoke(base, arguments);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one method the standard resolver would also pick, whatever the argument values; empty if it must choose. */
    static Optional<Method> only(Class<?> type, String name, int arity) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || m.isBridge()) {
                continue;
            }
            if (m.isVarArgs()) {
                return Optional.empty();
            }
            if (m.getParameterCount() != arity) {
                continue;
            }
            if (found != null) {
                return Optional.empty();
            }
            found = m;
        }
        if (found == null || !Modifier.isPublic(found.getDeclaringClass().getModifiers())
                || !Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not a property resolver: left to the next one
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
