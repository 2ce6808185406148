package io.tandem.support.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * States in the contract the bounds that follow from a value's format, where an annotation did not
 * already state a tighter one: a UUID is 36 characters in canonical form, an ISO-8601 date 10 and
 * a date-time at most 35; an int32 or int64 lies within its type's range. Nothing is invented: a
 * free-text field without a declared limit is left for its DTO to bound. Bean Validation matches a
 * pattern against the whole value while JSON Schema searches within it, so patterns are anchored.
 */
final class ContractBounds {

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final Map<String, Integer> LENGTH_BY_FORMAT = Map.of("uuid", 36, "date", 10, "date-time", 35, "uri", 2048);

    private ContractBounds() {
    }

    /**
     * Request bodies are read strictly (unknown fields are refused with 400), so every object a
     * request may carry says so: additionalProperties false, unless it is a map.
     */
    static void closeRequestObjects(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> close(m.getSchema(), components, seen));
            }
        }));
    }

    private static void close(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            close(components.get(name), components, seen);
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty() && schema.getAdditionalPropertiesSchema() == null
                && schema.getAdditionalPropertiesBoolean() == null) {
            schema.setAdditionalPropertiesBoolean(false);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> close(p, components, seen));
        }
        close(schema.getItems(), components, seen);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> close(s, components, seen));
            }
        }
    }

    static void apply(OpenAPI api) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                List<Parameter> parameters = op.getParameters();
                if (parameters != null) {
                    parameters.forEach(p -> visit(p.getSchema(), seen));
                }
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> visit(m.getSchema(), seen));
                }
                if (op.getResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().getMediaTypes().values().forEach(m -> visit(m.getSchema(), seen));
                        }
                    });
                }
            }));
        }
    }

    private static void visit(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        anchor(schema);
        dropTypeBesideReference(schema);
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        String format = schema.getFormat();
        if (types.contains(Schema.SchemaType.STRING) && format != null && schema.getMaxLength() == null
                && LENGTH_BY_FORMAT.containsKey(format)) {
            schema.setMaxLength(LENGTH_BY_FORMAT.get(format));
            if (format.equals("uuid") && schema.getPattern() == null) {
                schema.setPattern(UUID_PATTERN);
            }
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            boolean wide = "int64".equals(format);
            if (format == null) {
                schema.setFormat("int32");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> visit(p, seen));
        }
        visit(schema.getItems(), seen);
        for (List<Schema> group : new HashSet<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (group != null) {
                group.forEach(s -> visit(s, seen));
            }
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            visit(schema.getAdditionalPropertiesSchema(), seen);
        }
    }

    private static void anchor(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    /**
     * A described or nullable reference comes out as {@code type: string} beside its {@code $ref}
     * (or {@code anyOf: [$ref, null]}); the reference already says what the value is, and the bare
     * type would read as an unbounded string.
     */
    private static void dropTypeBesideReference(Schema schema) {
        if (schema.getType() != null && (schema.getRef() != null || schema.getAnyOf() != null
                && schema.getAnyOf().stream().anyMatch(s -> s.getRef() != null))) {
            schema.setType(null);
        }
    }
}
