package jp.kochi.vrm.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * Records a {@linkplain BusinessRuleViolation#refusal refusal} thrown by a service call (every {@link Allowed}
 * service) as a "refused" entry under the caller's name, once, however many service calls it crosses. The refused
 * call's transaction rolls back, so the entry is written in a transaction of its own; when that transaction already
 * holds the chain head's lock (it wrote an entry before the refusal), a new one would wait for it forever, so the
 * entry is then written right after it has ended.
 */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 20)
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());

    @Inject
    private AuditLog auditLog;

    @Inject
    private CallerContext callers;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    public RefusalAudit() {
    }

    /** Outside the container (tests of a boundary's refusals); the entry is written at once. */
    public RefusalAudit(AuditLog auditLog, CallerContext callers) {
        this.auditLog = auditLog;
        this.callers = callers;
    }

    @AroundInvoke
    public Object recordRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessRuleViolation e) {
            if (e.isRefusal() && !e.isAudited()) {
                e.audited();
                record(callers.name(), invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName(), e.messageKey());
            }
            throw e;
        }
    }

    private void record(String user, String operation, String reason) {
        Runnable write = () -> {
            try {
                auditLog.recordRefusal(user, operation, reason);
            } catch (RuntimeException failure) {
                LOG.log(Level.SEVERE, "Refusal of " + user + " (" + operation + ", " + reason + ") not audited", failure);
            }
        };
        if (transactions != null && transactions.getTransactionKey() != null
                && transactions.getResource(AuditLog.HEAD_LOCKED) != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    executor.execute(write);
                }
            });
        } else {
            write.run();
        }
    }
}
