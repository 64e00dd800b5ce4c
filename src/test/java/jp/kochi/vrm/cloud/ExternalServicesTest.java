package jp.kochi.vrm.cloud;

import static jp.kochi.vrm.cloud.CeilingRuleTest.LEVEL;
import static jp.kochi.vrm.cloud.CeilingRuleTest.RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.audit.RefusalAudit;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.identity.Caller;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The external services' boundary as a security officer calls it: a ceiling exception above the policy's limit is
 * impossible whoever asks, one within it counts only once a second officer approves it, and the officer who asked
 * is refused as approver, a refusal recorded in the audit log (through the portal's {@link RefusalAudit}).
 */
class ExternalServicesTest {

    private static final String OFFICER = "security-demo";
    private static final String SECOND_OFFICER = "lead-demo";

    private final Map<Class<?>, Map<Object, Object>> stored = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private long nextId = 100;
    private ExternalServices services;
    private RefusalAudit refusals;

    @BeforeEach
    void boundary() {
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "find" -> stored.getOrDefault((Class<?>) args[0], Map.of()).get(args[1]);
                    case "persist" -> {
                        store(args[0]);
                        yield null;
                    }
                    case "flush" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        ClassificationRegister classification = new ClassificationRegister() {
            @Override
            public Optional<ConfidentialityLevel> confidentialityLevel(String code) {
                return Optional.ofNullable(LEVEL.get(code));
            }
        };
        CeilingReference reference = new CeilingReference() {
            @Override
            public CeilingRule rule() {
                return RULE;
            }
        };
        services = new ExternalServices(em, new CallerContext(),
                Clock.fixed(ExternalServiceTest.NOW.toInstant(), ZoneOffset.ofHours(9)), classification, reference);
        refusals = new RefusalAudit(new AuditLog() {
            @Override
            public void recordRefusal(String username, String operation, String reasonKey) {
                audited.add(username + " " + operation + " " + reasonKey);
            }
        }, new CallerContext());
    }

    private void store(Object entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, nextId++);
            }
            stored.computeIfAbsent(entity.getClass(), k -> new HashMap<>()).put(id.get(entity), entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private long service(ServiceTerms terms, DataLocation location) {
        ExternalService s = ExternalServiceTest.service(terms, ServiceKind.SAAS, IsmapStatus.NONE, null);
        ExternalService.Facts f = s.facts();
        s.describe(new ExternalService.Facts(f.name(), f.providerName(), null, f.kind(), f.terms(), null,
                f.ismapStatus(), null, null, location, null,
                location == DataLocation.DOMESTIC ? GoverningLaw.JAPANESE : GoverningLaw.FOREIGN, null, false, false,
                false, false, false, ExternalServiceTest.DEPT, "責任者", f.reviewDate(), null), ExternalServiceTest.TODAY);
        store(s);
        return s.getId();
    }

    private static CallerContext.Binding as(String officer) {
        return CallerContext.bind(new Caller(officer, Set.of(Roles.SECURITY_OFFICER)));
    }

    /** A call of the boundary through the interceptor the container puts around it. */
    private <T> T call(String method, Callable<T> body) throws Exception {
        Method m = ExternalServices.class.getMethod(method, Long.class, long.class);
        InvocationContext invocation = (InvocationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, im, args) -> switch (im.getName()) {
                    case "getMethod" -> m;
                    case "proceed" -> body.call();
                    default -> throw new UnsupportedOperationException(im.getName());
                });
        @SuppressWarnings("unchecked")
        T result = (T) refusals.recordRefusals(invocation);
        return result;
    }

    private String ceiling(long serviceId) {
        return services.ceiling(services.find(serviceId)).level().getCode();
    }

    @Test
    void anExceptionAboveThePolicyLimitIsImpossible() {
        long standardTerms = service(ServiceTerms.STANDARD_TERMS, DataLocation.DOMESTIC);
        long overseas = service(ServiceTerms.NEGOTIATED, DataLocation.OVERSEAS);
        try (CallerContext.Binding b = as(OFFICER)) {
            assertEquals(List.of(), services.exceptionLevels(services.find(standardTerms)), "the form offers nothing");
            BusinessRuleViolation standard = assertThrows(BusinessRuleViolation.class,
                    () -> services.requestException(standardTerms, "3A", "住民情報の一時保管", ExternalServiceTest.TODAY.plusDays(30)));
            assertEquals("exception.beyondPolicy.standardTerms", standard.messageKey());

            assertEquals(List.of("2"), services.exceptionLevels(services.find(overseas)).stream()
                    .map(ConfidentialityLevel::getCode).toList());
            for (String level : List.of("3C", "3B", "3A")) {
                BusinessRuleViolation abroad = assertThrows(BusinessRuleViolation.class,
                        () -> services.requestException(overseas, level, "理由", ExternalServiceTest.TODAY.plusDays(30)));
                assertEquals("exception.beyondPolicy.overseas", abroad.messageKey(), level);
            }
        }
        assertEquals(Map.of(), stored.getOrDefault(ExceptionApproval.class, Map.of()), "nothing is recorded");
        assertEquals("1", ceiling(standardTerms));
        assertEquals("1", ceiling(overseas));
    }

    @Test
    void anExceptionWithinThePolicyCountsOnlyOnceASecondOfficerApprovesIt() throws Exception {
        long domestic = service(ServiceTerms.NEGOTIATED, DataLocation.DOMESTIC);
        ExceptionApproval e;
        try (CallerContext.Binding b = as(OFFICER)) {
            assertEquals(List.of("2", "3C", "3B", "3A"), services.exceptionLevels(services.find(domestic)).stream()
                    .map(ConfidentialityLevel::getCode).toList());
            e = services.requestException(domestic, "3B", "基幹系更改の間だけ", ExternalServiceTest.TODAY.plusDays(30));
            assertEquals(OFFICER, e.getGrantedBy());
            assertNull(e.getApprovedBy());
            assertEquals("1", ceiling(domestic), "not in force before a second officer approves it");
            assertTrue(e.isPending(ExternalServiceTest.TODAY));

            BusinessRuleViolation own = assertThrows(BusinessRuleViolation.class,
                    () -> call("approveException", () -> services.approveException(e.getId(), e.getVersion())));
            assertEquals("exception.fourEyes", own.messageKey());
            assertNull(e.getApprovedBy());
            assertEquals("1", ceiling(domestic));
        }
        assertEquals(List.of(OFFICER + " ExternalServices.approveException exception.fourEyes"), audited,
                "the refusal is in the audit log under the officer's name");

        try (CallerContext.Binding b = as(SECOND_OFFICER)) {
            call("approveException", () -> services.approveException(e.getId(), e.getVersion()));
        }
        assertEquals(SECOND_OFFICER, e.getApprovedBy());
        assertEquals("3B", ceiling(domestic));
        assertTrue(services.ceiling(services.find(domestic)).exception());
        assertEquals(1, audited.size(), "an approval is no refusal");
        assertFalse(e.isPending(ExternalServiceTest.TODAY));
    }
}
