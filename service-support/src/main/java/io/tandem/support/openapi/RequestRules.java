package io.tandem.support.openapi;

import io.tandem.support.api.Cursors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Map;

/**
 * States once, for every operation, the rules that hold across the API: how cursors, If-Match,
 * Idempotency-Key and ETags behave, and how times and dates are written. The code that enforces
 * them is shared too ({@code Cursors}, {@code ETags}, {@code Idempotency}), so one text fits all.
 */
final class RequestRules {

    static final String CURSOR = "Opaque `nextCursor` of the previous page, passed back unchanged; absent for the first page. "
            + "Pages follow creation order (ids are time-ordered), so rows created while paging appear on later pages and no "
            + "row is skipped or repeated. A cursor this API did not issue is refused with 400.";
    static final String IF_MATCH = "The ETag of the version you last read. If the resource changed since, the answer is 412 "
            + "and nothing is changed.";
    static final String IDEMPOTENCY_KEY = "Any unique string per intended change, e.g. a UUID. A retry with the same key "
            + "answers as the first call did and changes nothing again; the same key with a different request is refused with 422. "
            + "A key belongs to its caller and is remembered for 24 hours.";
    /** Operations marked with this extension (and {@code @Idempotent}) take the Idempotency-Key header. */
    static final String IDEMPOTENT_EXTENSION = "x-idempotent";
    static final String ETAG = "Version of the resource in this answer; send it as If-Match with the next change.";

    private RequestRules() {
    }

    static void apply(OpenAPI api) {
        describeTimeFormats(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            declareIdempotencyKey(op);
            describeParameters(op);
            inlineETagReferences(op);
        }));
    }

    private static void declareIdempotencyKey(Operation op) {
        if (op.getExtensions() == null || !op.getExtensions().containsKey(IDEMPOTENT_EXTENSION)) {
            return;
        }
        op.removeExtension(IDEMPOTENT_EXTENSION);
        if (op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && p.getName().equals("Idempotency-Key"))) {
            return;
        }
        op.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER).required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200)
                        .pattern("^[\\x21-\\x7E]+$")));
    }

    private static void describeParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getIn() == Parameter.In.QUERY && p.getName().equals("cursor")) {
                p.setDescription(CURSOR);
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .minLength(Cursors.LENGTH).maxLength(Cursors.LENGTH).pattern("^" + Cursors.PATTERN + "$"));
            } else if (p.getIn() == Parameter.In.HEADER && p.getName().equals("If-Match")) {
                p.setDescription(describe(p.getDescription(), IF_MATCH));
            } else if (p.getIn() == Parameter.In.HEADER && p.getName().equals("Idempotency-Key")) {
                p.setDescription(describe(p.getDescription(), IDEMPOTENCY_KEY));
            }
        }
    }

    private static String describe(String existing, String rule) {
        return existing == null || existing.isBlank() ? rule : existing.contains(rule) ? existing : existing + " " + rule;
    }

    /**
     * Resources write {@code headers = @Header(ref = "ETag")} on a 200 that carries one (an ArchUnit
     * rule checks they do); the header is written out in full here, once for all.
     */
    private static void inlineETagReferences(Operation op) {
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getHeaders() != null && response.getHeaders().get("ETag") != null
                    && response.getHeaders().get("ETag").getRef() != null) {
                response.removeHeader("ETag");
                response.addHeader("ETag", OASFactory.createHeader().description(ETAG)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)));
            }
        });
    }

    private static void describeTimeFormats(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        describe(schemas.get("Instant"), "An instant, ISO-8601 in UTC with a Z offset, e.g. "
                + "2026-11-29T09:30:00Z; answers always use UTC.");
        describe(schemas.get("LocalDate"), "A calendar date without time zone, ISO-8601 (YYYY-MM-DD), as the programme's "
                + "organisation reads it.");
    }

    private static void describe(Schema schema, String text) {
        if (schema != null && schema.getDescription() == null) {
            schema.setDescription(text);
        }
    }
}
