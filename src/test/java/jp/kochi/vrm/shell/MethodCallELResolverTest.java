package jp.kochi.vrm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.platform.Dates;
import org.junit.jupiter.api.Test;

/**
 * Page method calls answered from the per-class lookup give what the standard resolver gives, and everything the
 * standard resolver has to decide (overloads, varargs, failed coercions, inaccessible classes) is left to it.
 * Runs on the expression language implementation Payara ships (expressly).
 */
class MethodCallELResolverTest {

    public static class Sample {
        public String twice(int n) {
            return String.valueOf(2 * n);
        }

        public String pick(String s) {
            return "text " + s;
        }

        public String pick(Integer i) {
            return "number " + i;
        }

        public String join(String... parts) {
            return String.join("+", parts);
        }

        public String fail() {
            throw new IllegalStateException("boom");
        }
    }

    public record Row(String account, LocalDate dueOn) {
    }

    static class Hidden {
        public String name() {
            return "hidden";
        }
    }

    private final MethodCallELResolver resolver = new MethodCallELResolver();

    private static ELProcessor processor(boolean withResolver) {
        ELProcessor el = new ELProcessor();
        if (withResolver) {
            el.getELManager().addELResolver(new MethodCallELResolver());
        }
        el.defineBean("dates", new Dates());
        el.defineBean("sample", new Sample());
        el.defineBean("row", new Row("@kochi_city", LocalDate.of(2026, 11, 26)));
        el.defineBean("hidden", new Hidden());
        el.defineBean("text", "abc");
        return el;
    }

    /** Resolves through this resolver alone: the result, or the marker that it left the call to the next one. */
    private Object alone(Object base, String method, Object... params) {
        ELContext context = processor(false).getELManager().getELContext();
        context.setPropertyResolved(false);
        Object result = resolver.invoke(context, base, method, null, params);
        if (!context.isPropertyResolved()) {
            assertNull(result, "a call left to the next resolver returns nothing");
            return LEFT;
        }
        return result;
    }

    private static final Object LEFT = new Object() {
        @Override
        public String toString() {
            return "(left to the standard resolver)";
        }
    };

    @Test
    void answersPlainCallsAsTheStandardResolverWould() {
        assertEquals("2026/11/26", alone(new Dates(), "date", LocalDate.of(2026, 11, 26)));
        assertEquals("@kochi_city", alone(new Row("@kochi_city", null), "account"));
        // EL integer literals are Longs: coerced to the int parameter as the standard resolver coerces them
        assertEquals("84", alone(new Sample(), "twice", 42L));
        assertEquals("0", alone(new Sample(), "twice", new Object[] {null}));
        assertEquals("14", alone(new Sample(), "twice", "7"));
    }

    @Test
    void leavesToTheStandardResolverWhatItMustDecide() {
        assertEquals(LEFT, alone(new Sample(), "pick", "x"), "overloads");
        assertEquals(LEFT, alone(new Sample(), "join", "a", "b"), "varargs");
        assertEquals(LEFT, alone(new Sample(), "twice", "seven"), "an argument that cannot be coerced");
        assertEquals(LEFT, alone(new Hidden(), "name"), "a class the page may not call into");
        assertEquals(LEFT, alone(new Sample(), "twice"), "the wrong number of arguments");
        assertEquals(LEFT, alone(new Sample(), "nothing"), "no such method");
        assertEquals(LEFT, alone("abc", "indexOf", "b"), "String.indexOf is overloaded");
        ELContext context = processor(false).getELManager().getELContext();
        assertNull(resolver.invoke(context, new Sample(), "twice", new Class<?>[] {int.class}, new Object[] {1L}));
        assertFalse(context.isPropertyResolved(), "explicit parameter types are the standard resolver's");
        assertNull(resolver.invoke(context, null, "twice", null, new Object[] {1L}));
        assertFalse(context.isPropertyResolved(), "no base object");
    }

    @Test
    void pagesGetTheSameAnswersWithAndWithoutIt() {
        List<String> expressions = List.of("dates.date(row.dueOn())", "row.account()", "sample.twice(21)",
                "sample.pick('x')", "sample.pick(3)", "sample.join('a', 'b')", "hidden.name()", "text.indexOf('c')",
                "text.charAt(1)", "text.length()", "dates.dateTime(null)");
        for (String expression : expressions) {
            assertEquals(outcome(expression, false), outcome(expression, true), expression);
        }
        assertEquals("2026/11/26", outcome("dates.date(row.dueOn())", true));
        assertEquals("number 3", outcome("sample.pick(3)", true));
    }

    /** The value of an expression, or the exception it ends in (class and message). */
    private static Object outcome(String expression, boolean withResolver) {
        try {
            return processor(withResolver).eval(expression);
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void errorsAreTheStandardOnes() {
        ELException withIt = assertThrows(ELException.class, () -> processor(true).eval("sample.fail()"));
        ELException without = assertThrows(ELException.class, () -> processor(false).eval("sample.fail()"));
        assertEquals(without.getCause().getClass(), withIt.getCause().getClass());
        assertEquals("boom", rootMessage(withIt));
        ELException badArgument = assertThrows(ELException.class, () -> processor(true).eval("sample.twice('seven')"));
        ELException badWithout = assertThrows(ELException.class, () -> processor(false).eval("sample.twice('seven')"));
        assertEquals(badWithout.getClass(), badArgument.getClass());
        assertEquals(badWithout.getMessage(), badArgument.getMessage());
    }

    @Test
    void facesConfigPutsItAheadOfTheStandardResolver() throws Exception {
        String facesConfig = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        assertTrue(facesConfig.contains("<el-resolver>" + MethodCallELResolver.class.getName() + "</el-resolver>"),
                "registered in faces-config.xml, whose resolvers come before the standard BeanELResolver");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
