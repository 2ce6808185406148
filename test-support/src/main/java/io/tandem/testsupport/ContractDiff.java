package io.tandem.testsupport;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;

import java.util.ArrayList;
import java.util.List;

/** What a new OpenAPI document breaks for clients of an older one (openapi-diff's compatibility rules). */
public final class ContractDiff {

    private ContractDiff() {
    }

    /** Each breaking change in words; empty when every client of {@code released} keeps working. */
    public static List<String> breakingChanges(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        if (diff.isChanged() != DiffResult.INCOMPATIBLE) {
            return List.of();
        }
        List<String> broken = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> broken.add("removed " + e.getMethod() + " " + e.getPathUrl()));
        diff.getChangedOperations().stream().filter(op -> op.isChanged() == DiffResult.INCOMPATIBLE)
                .forEach(op -> broken.add("incompatible change to " + op.getHttpMethod() + " " + op.getPathUrl() + " in its " + parts(op)));
        if (broken.isEmpty()) {
            broken.add("an incompatible change outside the operations (e.g. a shared schema)");
        }
        return broken;
    }

    private static String parts(org.openapitools.openapidiff.core.model.ChangedOperation op) {
        List<String> parts = new ArrayList<>();
        if (op.getParameters() != null && op.getParameters().isChanged() == DiffResult.INCOMPATIBLE) {
            parts.add("parameters");
        }
        if (op.getRequestBody() != null && op.getRequestBody().isChanged() == DiffResult.INCOMPATIBLE) {
            parts.add("request body");
        }
        if (op.getApiResponses() != null && op.getApiResponses().isChanged() == DiffResult.INCOMPATIBLE) {
            parts.add("responses");
        }
        return parts.isEmpty() ? "definition" : String.join(" and ", parts);
    }
}
