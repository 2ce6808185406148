package io.tandem.support.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tandem.support.api.EnumNames;

import java.util.List;

/** Turns what Jackson says about an unreadable body into a problem a client developer can act on. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem from(JsonProcessingException e) {
        JsonParseException unparsable = e instanceof JsonParseException p ? p
                : e.getCause() instanceof JsonParseException p ? p : null;
        if (unparsable != null) {
            return unparsable(unparsable);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return field(path(unknown), "unknown field; allowed: " + unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException format) {
            return field(path(format), describeExpected(format.getTargetType()) + ", got " + quoted(format.getValue()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return malformed("The body must be a JSON " + describeRoot(mismatch.getTargetType()) + ".");
            }
            return field(path(mismatch), describeExpected(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return field(path(mapping), "cannot be read: " + mapping.getOriginalMessage());
        }
        return malformed("The body cannot be read as JSON: " + e.getOriginalMessage());
    }

    private static Problem unparsable(JsonParseException parse) {
        JsonLocation at = parse.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return malformed("The body is not well-formed JSON" + where + ": " + parse.getOriginalMessage());
    }

    private static Problem field(String path, String message) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(type.uri(), type.title(), type.status(), path + ": " + message, null,
                List.of(new FieldError(path, message)));
    }

    private static Problem malformed(String detail) {
        ProblemType type = ProblemType.MALFORMED_BODY;
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String describeExpected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + EnumNames.allowed(target);
        }
        if (target == java.util.UUID.class) {
            return "must be a UUID";
        }
        if (Number.class.isAssignableFrom(boxed(target))) {
            return "must be a number";
        }
        if (boxed(target) == Boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 " + (target == java.time.LocalDate.class ? "date (YYYY-MM-DD)" : "date-time in UTC");
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String describeRoot(Class<?> target) {
        return target != null && (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) ? "array" : "object";
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return Number.class;
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
