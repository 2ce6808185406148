package io.tandem.support.problem;

import java.util.List;

/** Thrown by services to answer with a problem; mapped to application/problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private Integer retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id + ".");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** 503: a dependency or a limit of ours is the reason; the client may try again after that many seconds. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        ProblemException e = new ProblemException(ProblemType.UNAVAILABLE, detail);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** 429: the caller used up its requests of the current window. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail);
        e.retryAfterSeconds = (int) retryAfterSeconds;
        return e;
    }

    /** Seconds for a Retry-After header, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, errors);
    }
}
