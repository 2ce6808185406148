package io.tandem.support.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * Documents the error answers every operation can give, once for all resources: each is
 * application/problem+json with the Problem schema, so the contract says what clients will get.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        ensureProblemSchema(api);
        ContractBounds.apply(api);
        ContractBounds.closeRequestObjects(api);
        RequestRules.apply(api);
        // Relative: the API is served from the host that served this document, in every environment.
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("This service as deployed (production, staging or local): the host that served this document.")
                .addExtension("x-internal", false)));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            describeRoles(op);
            APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
            op.setResponses(responses);
            add(responses, "400", "The request is not valid: every offending field is listed.");
            add(responses, "401", "No valid bearer token.");
            add(responses, "403", "The token's role does not allow this operation.");
            if (path.contains("{")) {
                add(responses, "404", "No such resource in your tenant.");
            }
            if (hasBody(op)) {
                add(responses, "415", "The body is not application/json.");
            }
            add(responses, "429", "More requests this minute than the caller's rate limit; nothing was done. Retry after "
                    + "the seconds in Retry-After.");
            retryAfter(responses.getAPIResponse("429"));
            add(responses, "500", "Our fault; nothing was changed.");
            add(responses, "503", "The database (or a service this one needs) is unavailable; nothing was changed. Retry after "
                    + "the seconds in Retry-After.");
            retryAfter(responses.getAPIResponse("503"));
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.equals("201")) {
                    // every create answers with where the new resource lives and its version (Responses.created)
                    header(response, "Location", "URL of the created resource.",
                            OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048));
                    header(response, "ETag", "Version of the created resource, for If-Match on later changes.",
                            OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100));
                }
                if (code.startsWith("2") || code.startsWith("4")) {
                    rateLimitHeaders(response);
                }
                header(response, "Access-Control-Allow-Origin", "Set when the request came from an origin allowed by "
                        + "TANDEM_CORS_ORIGINS (browser clients such as the integrators' Swagger UI).",
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2048));
            });
        }));
    }

    private static void retryAfter(APIResponse response) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again.")
                    .schema(boundedInteger(1, 3600)));
        }
    }

    /** Every answer to an authenticated caller says where they stand against their rate limit. */
    private static void rateLimitHeaders(APIResponse response) {
        header(response, "RateLimit-Limit", "Requests the caller may send in the current one-minute window.", boundedInteger(1, 1_000_000));
        header(response, "RateLimit-Remaining", "Requests left in the current window.", boundedInteger(0, 1_000_000));
        header(response, "RateLimit-Reset", "Seconds until the next window starts.", boundedInteger(1, 60));
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
        }
    }

    /** A bounded 32-bit integer (seconds or counts). */
    private static Schema boundedInteger(long min, long max) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(java.math.BigDecimal.valueOf(min)).maximum(java.math.BigDecimal.valueOf(max));
    }

    /**
     * The roles an operation allows (its @RolesAllowed, which the generator puts into the security
     * requirement as OAS 3.1 role names) also go into {@code x-roles} and the description, where
     * readers of Swagger UI see them.
     */
    private static void describeRoles(Operation op) {
        if (op.getSecurity() == null) {
            return;
        }
        java.util.Set<String> roles = new java.util.TreeSet<>();
        op.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(list -> {
            if (list != null) {
                roles.addAll(list);
            }
        }));
        if (roles.isEmpty()) {
            return;
        }
        op.addExtension("x-roles", List.copyOf(roles));
        String text = "Roles: " + String.join(", ", roles) + ".";
        op.setDescription(op.getDescription() == null || op.getDescription().isBlank() ? text : op.getDescription() + "\n\n" + text);
    }

    private static boolean hasBody(Operation op) {
        return op.getRequestBody() != null;
    }

    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json", problem)));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
            existing.setContent(content);
        }
    }

    private static void ensureProblemSchema(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey("Problem")) {
            return;
        }
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(200)
                        .examples(List.of("https://tandem.io/problems/validation")))
                .addProperty("title", string)
                .addProperty("status", boundedInteger(400, 599))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError).maxItems(1000))
                .required(List.of("type", "title", "status"));
        api.getComponents().addSchema("Problem", problem);
    }
}
