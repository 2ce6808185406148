package io.tandem.support.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating POST whose caller may send an {@code Idempotency-Key}: a retry with the same key and
 * the same request answers with the first result and creates nothing; the same key with another request
 * is refused with 422. See {@link IdempotencyInterceptor}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /**
     * The operation commits its change itself and calls another service on the way (a matching run): the key is claimed
     * in a short transaction of its own, the operation runs outside it, and its answer is stored afterwards, so no
     * database transaction waits on the other service. A retry while the first call still runs gets 409.
     */
    @jakarta.enterprise.util.Nonbinding
    boolean ownTransactions() default false;
}
