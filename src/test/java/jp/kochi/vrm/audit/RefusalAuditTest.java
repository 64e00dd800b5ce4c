package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kochi.vrm.identity.Caller;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class RefusalAuditTest {

    /** Stands for a service method, such as VettingService.approve. */
    static class VettingServiceStandIn {
        void approve() {
        }
    }

    private final List<String> recorded = new ArrayList<>();
    private final AuditLog log = new AuditLog() {
        @Override
        public void recordRefusal(String username, String operation, String reasonKey) {
            recorded.add(username + " " + operation + " " + reasonKey);
        }
    };
    private final RefusalAudit audit = new RefusalAudit(log, new CallerContext());

    private static InvocationContext call(Callable<Object> body) throws NoSuchMethodException {
        Method method = VettingServiceStandIn.class.getDeclaredMethod("approve");
        return (InvocationContext) Proxy.newProxyInstance(RefusalAuditTest.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "proceed" -> body.call();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void recordsTheSignedInCallersRefusalOnceAndRethrowsIt() throws Exception {
        BusinessRuleViolation refusal = BusinessRuleViolation.refusal("vetting.fourEyes");
        try (CallerContext.Binding b = CallerContext.bind(new Caller("security-demo", Set.of("security-officer")))) {
            BusinessRuleViolation thrown = assertThrows(BusinessRuleViolation.class,
                    () -> audit.recordRefusals(call(() -> { throw refusal; })));
            assertSame(refusal, thrown);
            // The same refusal passing through an outer service call is not recorded again.
            assertThrows(BusinessRuleViolation.class, () -> audit.recordRefusals(call(() -> { throw refusal; })));
        }
        assertEquals(List.of("security-demo VettingServiceStandIn.approve vetting.fourEyes"), recorded);
    }

    @Test
    void leavesCorrectableViolationsAndSuccessOutOfTheLog() throws Exception {
        assertThrows(BusinessRuleViolation.class, () -> audit.recordRefusals(call(() -> {
            throw new BusinessRuleViolation("vetting.decisionReason.required");
        })));
        assertEquals("ok", audit.recordRefusals(call(() -> "ok")));
        assertEquals(List.of(), recorded);
    }
}
