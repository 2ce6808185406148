package io.tandem.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.tandem.support.persistence.ApiTransactions;
import io.tandem.support.problem.FieldError;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Idempotency keys (draft-ietf-httpapi-idempotency-key-header). Within one transaction with the change:
 * lock the key, look for an earlier result of it, and either answer with that result, refuse a different
 * request under the same key (422), or run the request and store its result beside the change. A key
 * belongs to its tenant and caller and is remembered for {@code tandem.idempotency.retention} (24 h).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    static final String REPLAYED = "Idempotent-Replayed";
    /** A claim older than this belongs to a call that died: a retry takes it over. */
    private static final java.time.Duration CLAIM_LIFETIME = java.time.Duration.ofMinutes(10);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    Caller caller;

    @Inject
    HttpHeaders headers;

    @Inject
    CurrentVertxRequest request;

    @Inject
    IdempotencyRecords records;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "tandem.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = headers.getHeaderString(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ProblemType.VALIDATION, "The Idempotency-Key header is not valid.",
                    List.of(new FieldError(Idempotent.HEADER, "must be 1 to 200 visible ASCII characters")));
        }
        String tenant = caller.tenant();
        String who = caller.subject() == null ? "-" : caller.subject();
        String fingerprint = fingerprint(invocation);
        Idempotent marked = invocation.getMethod().getAnnotation(Idempotent.class);
        if (marked != null && marked.ownTransactions()) {
            return claimed(invocation, tenant, who, key, fingerprint);
        }
        return ApiTransactions.joining(() -> {
            records.lock(tenant, who, key);
            Instant now = Instant.now();
            Optional<StoredResult> earlier = records.find(tenant, who, key, now.minus(retention));
            if (earlier.isPresent()) {
                return replay(invocation.getMethod(), earlier.get(), fingerprint);
            }
            Object result = invocation.proceed();
            records.store(tenant, who, key, capture(result, fingerprint), now.minus(retention));
            return result;
        });
    }

    /** For an operation that commits itself: claim the key, run outside any transaction of ours, then store the answer. */
    private Object claimed(InvocationContext invocation, String tenant, String who, String key, String fingerprint) throws Exception {
        Instant now = Instant.now();
        Optional<StoredResult> earlier = QuarkusTransaction.requiringNew().call(() -> {
            records.lock(tenant, who, key);
            Optional<StoredResult> found = records.find(tenant, who, key, now.minus(retention));
            boolean running = found.isPresent() && found.get().claimed() && found.get().storedAt().isAfter(now.minus(CLAIM_LIFETIME));
            if (found.isEmpty() || (found.get().claimed() && !running)) {
                records.store(tenant, who, key, StoredResult.claim(fingerprint), now.minus(retention));
                return Optional.<StoredResult>empty();
            }
            return found;
        });
        if (earlier.isPresent()) {
            if (earlier.get().claimed() && earlier.get().fingerprint().equals(fingerprint)) {
                throw ProblemException.conflict("A request with this Idempotency-Key is still being carried out; retry it in a moment.");
            }
            return replay(invocation.getMethod(), earlier.get(), fingerprint);
        }
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            QuarkusTransaction.requiringNew().run(() -> records.release(tenant, who, key));
            throw e;
        }
        StoredResult answer = capture(result, fingerprint);
        QuarkusTransaction.requiringNew().run(() -> records.store(tenant, who, key, answer, now.minus(retention)));
        return result;
    }

    private Object replay(Method method, StoredResult earlier, String fingerprint) throws JsonProcessingException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.",
                    List.of(new FieldError(Idempotent.HEADER, "was used with a different request")));
        }
        if (request.getCurrent() != null) {
            request.getCurrent().response().putHeader(REPLAYED, "true");
        }
        if (method.getReturnType() == Response.class) {
            Response.ResponseBuilder answer = Response.status(earlier.status()).entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE);
            if (earlier.location() != null) {
                answer.header(HttpHeaders.LOCATION, earlier.location());
            }
            if (earlier.etag() != null) {
                answer.header(HttpHeaders.ETAG, earlier.etag());
            }
            return answer.build();
        }
        JavaType type = json.getTypeFactory().constructType(method.getGenericReturnType());
        return json.readValue(earlier.body(), type);
    }

    private StoredResult capture(Object result, String fingerprint) throws JsonProcessingException {
        if (result instanceof Response response) {
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            return new StoredResult(fingerprint, response.getStatus(), location == null ? null : location.toString(),
                    etag == null ? null : etag.toString(), json.writeValueAsString(response.getEntity()), null);
        }
        return new StoredResult(fingerprint, Response.Status.OK.getStatusCode(), null, null, json.writeValueAsString(result), null);
    }

    /** The operation and its arguments as JSON (path, query, headers and body alike), hashed. */
    private String fingerprint(InvocationContext invocation) throws JsonProcessingException {
        List<Object> arguments = new ArrayList<>();
        arguments.add(invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName());
        for (Object argument : invocation.getParameters()) {
            boolean context = argument != null && (argument.getClass().getName().startsWith("jakarta.ws.rs.")
                    || argument.getClass().getName().startsWith("org.jboss.resteasy.") || argument instanceof InputStream
                    || java.util.Arrays.stream(argument.getClass().getInterfaces()).anyMatch(i -> i.getName().startsWith("jakarta.ws.rs.")));
            arguments.add(context ? null : argument);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(arguments).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
