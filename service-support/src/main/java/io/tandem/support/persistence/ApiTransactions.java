package io.tandem.support.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.concurrent.Callable;

/**
 * The transaction an API call's cross-cutting writes (idempotency record, audit event) share with its
 * change. Inside it, a service's {@code @Transactional} method no longer ends the transaction, so
 * {@link FlushAtServiceBoundary} flushes when it returns: the resource then reads the version and
 * update time the change was given, as it did when the service's commit flushed.
 */
public final class ApiTransactions {

    /** A matching run computes for a while inside the call; the default 60 s timeout would end it too early. */
    private static final int LONGEST_CALL_SECONDS = 600;
    private static final ThreadLocal<Boolean> OPEN = ThreadLocal.withInitial(() -> false);

    private ApiTransactions() {
    }

    /** Joins the call's transaction, or starts one that the change then joins. */
    public static <T> T joining(Callable<T> work) {
        boolean outermost = !OPEN.get();
        OPEN.set(true);
        try {
            return QuarkusTransaction.joiningExisting().timeout(LONGEST_CALL_SECONDS).call(work);
        } finally {
            if (outermost) {
                OPEN.remove();
            }
        }
    }

    static boolean open() {
        return OPEN.get();
    }
}
