package io.tandem.support.audit;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: every change its methods make (POST, PUT, PATCH, DELETE) is written to the audit
 * trail in the transaction of the change, and so is every staff read of a method marked
 * {@link AuditedRead}. See {@link AuditInterceptor}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {
}
