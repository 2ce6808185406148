package io.tandem.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.List;

/**
 * The one exception mapping of a service: whatever goes wrong, the client gets
 * application/problem+json with a stable type. Only our own faults are 5xx.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Our mappers must win over the framework's own ones for the same exception types.
    private static final int BEFORE_BUILT_INS = Priorities.USER - 100;

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response problem(ProblemException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    /** The answer for a problem, with Retry-After when it names one; for services' own exception mappers. */
    public static Response toResponse(ProblemException e, UriInfo uri) {
        Response response = respond(e.toProblem(), uri);
        if (e.retryAfterSeconds() != null) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response;
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        if (isResponseValidation(e)) {
            LOG.error("A response broke its own constraints", e);
            return respond(simple(ProblemType.INTERNAL, "The server produced an invalid response."), uri);
        }
        return respond(ViolationProblems.from(e.getConstraintViolations()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response validation(ValidationException e, UriInfo uri) {
        // A constraint declaration error is ours, not the client's.
        LOG.error("Validation could not run", e);
        return respond(simple(ProblemType.INTERNAL, "The request could not be validated."), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.from(e), uri);
    }

    /** Quarkus ships a mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return respond(JsonProblems.from(e), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(simple(ProblemType.FORBIDDEN, "Your role does not allow this operation."), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return respond(simple(ProblemType.PRECONDITION_FAILED,
                "Someone else changed this resource meanwhile; read it again and retry with its new ETag."), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (e instanceof OptimisticLockException lock) {
            return staleVersion(lock, uri);
        }
        if (databaseUnavailable(e)) {
            return databaseDown(uri);
        }
        String state = sqlState(e);
        if ("23505".equals(state)) {
            return respond(simple(ProblemType.CONFLICT, "A resource with the same unique key already exists."), uri);
        }
        LOG.error("Persistence failure", e);
        return respond(simple(ProblemType.INTERNAL, "The request could not be stored. It has not been applied."), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_INS)
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        if (e.getCause() instanceof ProblemException problem) {
            // a parameter converter of ours refused the value and said why
            return toResponse(problem, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted to its type.
            return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                    "A parameter has the wrong type: " + e.getCause().getMessage(), null, List.of()), uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this path. The API lives under /api/v1; see /q/openapi.";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> e.getMessage();
        };
        Problem problem = new Problem(type.uri(), type.title(), status, detail, null, List.of());
        return respond(problem, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return databaseDown(uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(simple(ProblemType.INTERNAL, "Something went wrong on our side; the request was not applied."), uri);
    }

    /** 401 with the Bearer challenge; also for filters that refuse a request before it reaches a resource. */
    public static Response unauthorized(UriInfo uri) {
        Problem problem = simple(ProblemType.UNAUTHORIZED, "Send a valid bearer token (RS256 JWT) in the Authorization header.");
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(instance(uri)))
                .build();
    }

    static Problem simple(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(instance(uri))).build();
    }

    /**
     * The request's path as sent (still percent-encoded): decoding it again would turn "%25;" into an
     * invalid escape, and a decoded path echoed back would carry whatever the client smuggled in.
     */
    private static String instance(UriInfo uri) {
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isResponseValidation(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"));
    }

    /**
     * The database cannot be reached (connection refused or lost, server shutting down or starting,
     * no connection to be had from the pool): the request was not applied, and the client may retry.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Response databaseDown(UriInfo uri) {
        LOG.warn("Database unavailable; answering 503");
        int seconds = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("tandem.database-retry-after-seconds", Integer.class).orElse(5);
        return toResponse(ProblemException.unavailable("The database is unavailable; the request was not applied. Try again shortly.",
                seconds), uri);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
