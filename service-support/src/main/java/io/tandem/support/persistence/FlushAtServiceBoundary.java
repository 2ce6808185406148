package io.tandem.support.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

/**
 * Inside an API transaction ({@link ApiTransactions}), flushes when a {@code @Transactional} method returns,
 * so versions (ETags) and update times are what the commit will store. Runs inside the JTA interceptor.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 201)
public class FlushAtServiceBoundary {

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object flushAfter(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (ApiTransactions.open() && active()) {
            em.flush();
        }
        return result;
    }

    private boolean active() throws SystemException {
        return transactions.getStatus() == Status.STATUS_ACTIVE;
    }
}
