package jp.kochi.vrm.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.audit.RefusalAudit;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.identity.Caller;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official accounts' boundary and the public registry together: a new account, or one whose address or handle
 * changed, is not in the public list and verifies like an unknown account until a security officer other than the
 * one who registered or changed it confirms it; that officer's own confirmation is refused and audited.
 */
class SnsAccountsTest {

    private static final String OWNER = "sns-demo";
    private static final String OFFICER = "security-demo";
    private static final String SECOND_OFFICER = "lead-demo";

    private final Map<Class<?>, Map<Object, Object>> stored = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private long nextId = 100;
    private SnsAccounts accounts;
    private PublicRegistry registry;
    private RefusalAudit refusals;
    private Department department;

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
                    case "createNamedQuery" -> query(p -> switch ((String) args[0]) {
                        case SnsAccount.ALL -> accounts(a -> true);
                        case SnsAccount.BY_ADDRESS -> accounts(a -> a.getNormalizedAddress().equals(p.get("address")));
                        default -> throw new UnsupportedOperationException((String) args[0]);
                    });
                    case "createQuery" -> query(p -> ((String) args[0]).contains("normalizedHandle = :h")
                            ? accounts(a -> a.getNormalizedHandle().equals(p.get("h"))) : List.of());
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        accounts = new SnsAccounts(em, new CallerContext(),
                Clock.fixed(SnsAccountTest.NOW.toInstant(), ZoneOffset.ofHours(9)), null);
        registry = new PublicRegistry(em);
        refusals = new RefusalAudit(new AuditLog() {
            @Override
            public void recordRefusal(String username, String operation, String reasonKey) {
                audited.add(username + " " + operation + " " + reasonKey);
            }
        }, new CallerContext());
        department = new Department("130", "広報広聴課", "Public Relations Division");
        store(department);
    }

    private List<Object> accounts(java.util.function.Predicate<SnsAccount> filter) {
        return stored.getOrDefault(SnsAccount.class, Map.of()).values().stream().map(SnsAccount.class::cast)
                .filter(filter).map(Object.class::cast).toList();
    }

    /** A query whose result is computed from its parameters when it is read. */
    private static TypedQuery<?> query(Function<Map<String, Object>, List<Object>> result) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return (TypedQuery<?>) Proxy.newProxyInstance(SnsAccountsTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setParameter" -> {
                        parameters.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "setMaxResults" -> proxy;
                    case "getResultList" -> result.apply(parameters);
                    case "getResultStream" -> result.apply(parameters).stream();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
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

    private static CallerContext.Binding as(String user, String role) {
        return CallerContext.bind(new Caller(user, Set.of(role)));
    }

    private <T> T call(Callable<T> body) throws Exception {
        Method m = SnsAccounts.class.getMethod("confirm", Long.class, long.class);
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

    private SnsAccount register(String user, String role, String handle) {
        SnsAccount template = new SnsAccount(new SnsAccount.Facts(Platform.X, null, "@" + handle, "https://x.com/" + handle,
                "高知市テスト", department, OWNER, "広報広聴課長", null, null, Operator.STAFF, null, "市政情報の発信", "市民",
                AccountStatus.ACTIVE, true, "広報広聴課の金庫", "広報広聴課長", null, SnsAccountTest.TODAY.minusDays(1)),
                SnsAccountTest.TODAY, user, SnsAccountTest.NOW);
        Guideline g = SnsAccountTest.guideline(template);
        Procedure p = new Procedure(template, 1, new Procedure.Text("確認を経て投稿する。", "直ちに報告する。", "初版"), user,
                SnsAccountTest.NOW);
        TextForm texts = TextForm.of(g, p);
        texts.setChangeNote("初版");
        try (CallerContext.Binding b = as(user, role)) {
            return accounts.create(AccountForm.of(template), texts);
        }
    }

    private boolean listed(String handle) {
        return registry.accounts().stream().anyMatch(a -> a.handle().equals("@" + handle));
    }

    private boolean verifies(String address) {
        PublicRegistry.Verdict v = registry.verify(address, null);
        return v.official() || !v.matches().isEmpty();
    }

    @Test
    void aNewAccountIsUnlistedAndUnknownUntilASecurityOfficerConfirmsIt() {
        SnsAccount a = register(OWNER, Roles.SNS_OWNER, "kochi_new");
        assertFalse(a.isPublic());
        assertFalse(listed("kochi_new"), "not in the public list or the open data");
        assertFalse(verifies("@kochi_new"), "the handle verifies as an unknown account");
        assertFalse(verifies("https://x.com/kochi_new"), "the address too");

        try (CallerContext.Binding b = as(OFFICER, Roles.SECURITY_OFFICER)) {
            accounts.confirm(a.getId(), a.getVersion());
        }
        assertTrue(listed("kochi_new"));
        assertTrue(registry.verify("https://x.com/kochi_new", null).official());
        assertEquals(OFFICER, a.getConfirmedBy());
    }

    @Test
    void anOfficerWhoRegisteredTheAccountCannotConfirmItAloneAndTheRefusalIsAudited() throws Exception {
        SnsAccount a = register(OFFICER, Roles.SECURITY_OFFICER, "kochi_officer");
        try (CallerContext.Binding b = as(OFFICER, Roles.SECURITY_OFFICER)) {
            BusinessRuleViolation own = assertThrows(BusinessRuleViolation.class,
                    () -> call(() -> accounts.confirm(a.getId(), a.getVersion())));
            assertEquals("sns.confirm.ownChange", own.messageKey());
        }
        assertEquals(List.of(OFFICER + " SnsAccounts.confirm sns.confirm.ownChange"), audited);
        assertFalse(listed("kochi_officer"));

        try (CallerContext.Binding b = as(SECOND_OFFICER, Roles.SECURITY_OFFICER)) {
            call(() -> accounts.confirm(a.getId(), a.getVersion()));
        }
        assertTrue(listed("kochi_officer"));
        assertEquals(1, audited.size());
    }

    @Test
    void aChangedAddressOrHandleIsPublicOnlyOnceConfirmedAgain() {
        SnsAccount a = register(OWNER, Roles.SNS_OWNER, "kochi_city_x");
        try (CallerContext.Binding b = as(OFFICER, Roles.SECURITY_OFFICER)) {
            accounts.confirm(a.getId(), a.getVersion());
        }
        assertTrue(verifies("@kochi_city_x"));

        // A stolen owner login points the account at a look-alike.
        AccountForm changed = AccountForm.of(a);
        changed.setHandle("@kochi_clty_x");
        changed.setAddress("https://x.com/kochi_clty_x");
        try (CallerContext.Binding b = as(OWNER, Roles.SNS_OWNER)) {
            accounts.update(a.getId(), a.getVersion(), changed);
        }
        assertFalse(verifies("@kochi_clty_x"), "the look-alike does not verify as the city's");
        assertFalse(listed("kochi_clty_x"));
        assertEquals(OWNER, a.getIdentityChangedBy());

        // Other facts change without a new confirmation.
        try (CallerContext.Binding b = as(SECOND_OFFICER, Roles.SECURITY_OFFICER)) {
            accounts.confirm(a.getId(), a.getVersion());
        }
        AccountForm purpose = AccountForm.of(a);
        purpose.setPurpose("市政情報と防災情報の発信");
        try (CallerContext.Binding b = as(OWNER, Roles.SNS_OWNER)) {
            accounts.update(a.getId(), a.getVersion(), purpose);
        }
        assertTrue(listed("kochi_clty_x"), "a change of purpose keeps the confirmation");
    }
}
