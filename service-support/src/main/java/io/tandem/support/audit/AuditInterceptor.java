package io.tandem.support.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.tandem.support.persistence.ApiTransactions;
import io.tandem.support.privacy.PersonData;
import io.tandem.support.privacy.PersonInPath;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one audit event per change made through the API, inside the change's transaction: a change that
 * rolls back leaves no event, and a committed one always has its event. Staff reads of {@link AuditedRead}
 * operations are written too (mentors and mentees reading their own data are not staff).
 * Runs inside the idempotency interceptor, so a replayed create is audited as a call of its own.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 110)
public class AuditInterceptor {

    private static final String PEOPLE = "/people/";
    private static final Set<String> PARTICIPANT_ROLES = Set.of(Roles.MENTOR, Roles.MENTEE);

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    CurrentVertxRequest request;

    @Inject
    AuditTrail trail;

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        String httpMethod = httpMethod(method);
        boolean read = httpMethod == null && method.isAnnotationPresent(AuditedRead.class) && isStaff();
        if ((httpMethod == null && !read) || !caller.isAuthenticated() || caller.isPlatform()) {
            return invocation.proceed();
        }
        String tenant = caller.tenant();
        return ApiTransactions.joining(() -> {
            Object result = invocation.proceed();
            trail.append(tenant, entry(invocation, httpMethod == null ? "GET" : httpMethod, result, tenant));
            return result;
        });
    }

    private AuditEntry entry(InvocationContext invocation, String httpMethod, Object result, String tenant) {
        Method method = invocation.getMethod();
        int status = result instanceof Response response ? response.getStatus() : result == null ? 204 : 200;
        String resource = request.getCurrent() == null ? "" : request.getCurrent().request().path();
        if (result instanceof Response response && response.getHeaderString(HttpHeaders.LOCATION) != null) {
            resource = URI.create(response.getHeaderString(HttpHeaders.LOCATION)).getPath();
        }
        if (method.isAnnotationPresent(PersonInPath.class) && invocation.getParameters()[0] instanceof String personId) {
            resource = withPersonKey(resource, PersonData.personKey(tenant, personId));
        }
        Operation operation = method.getAnnotation(Operation.class);
        // RequestLogContext put it into the request's logging context
        Object requestId = org.jboss.logging.MDC.get("requestId");
        Set<String> roles = token.getGroups() == null ? Set.of() : new TreeSet<>(token.getGroups());
        return new AuditEntry(caller.subject() == null ? "-" : caller.subject(), truncate(String.join(",", roles), 200), httpMethod,
                operation == null || operation.operationId().isEmpty() ? method.getName() : operation.operationId(),
                truncate(resource, 2000), status, truncate(requestId == null ? "-" : requestId.toString(), 100));
    }

    /** /api/v1/people/{id}/... becomes /api/v1/people/key:{key}/...: the trail names the person by key, so an erasure leaves no id. */
    static String withPersonKey(String path, String key) {
        int at = path.indexOf(PEOPLE);
        if (at < 0) {
            return path;
        }
        int start = at + PEOPLE.length();
        int end = path.indexOf('/', start);
        return path.substring(0, start) + "key:" + key + (end < 0 ? "" : path.substring(end));
    }

    private boolean isStaff() {
        return token.getGroups() != null && !PARTICIPANT_ROLES.containsAll(token.getGroups());
    }

    private static String httpMethod(Method method) {
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
