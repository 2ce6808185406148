package io.tandem.testsupport;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions of DESIGN.md that every service must keep, checked through its real HTTP API:
 * security, problem+json for every kind of bad input, health, metrics and the OpenAPI contract.
 * A service's test extends this with {@code @QuarkusTest} and describes one write endpoint.
 */
public abstract class ServiceConventionsContract {

    protected static final String TENANT = "tenant-conventions";

    /** One write endpoint of the service, and the fields of its body the checks can break. */
    public record WriteProbe(
            String method,
            String path,
            String allowedRole,
            String forbiddenRole,
            Map<String, Object> validBody,
            String requiredField,
            String stringField,
            int stringMaxLength,
            String nonStringField,
            String enumField,
            String itemPathWithId,
            String listPath) {

        /** Without a paged list to probe. */
        public WriteProbe(String method, String path, String allowedRole, String forbiddenRole, Map<String, Object> validBody,
                          String requiredField, String stringField, int stringMaxLength, String nonStringField, String enumField,
                          String itemPathWithId) {
            this(method, path, allowedRole, forbiddenRole, validBody, requiredField, stringField, stringMaxLength, nonStringField,
                    enumField, itemPathWithId, null);
        }
    }

    protected abstract WriteProbe probe();

    @Test
    void healthIsUpIncludingTheDatabase() {
        Response health = given().get("/q/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.jsonPath().getString("status")).isEqualTo("UP");
        assertThat(health.jsonPath().getList("checks.name", String.class))
                .anyMatch(name -> name.toLowerCase().contains("database"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsAreServedForPrometheus() {
        Response metrics = given().get("/q/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.asString()).contains("# TYPE").contains("jvm_memory_used_bytes");
    }

    @Test
    void swaggerUiIsServedWithAllThreeServicesDocuments() {
        Response ui = given().get("/q/swagger-ui/");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.asString()).containsIgnoringCase("swagger")
                .contains("survey-service").contains("matching-service").contains("analytics-service");
    }

    @Test
    void browsersMayCallOnlyFromAllowedOrigins() {
        Response allowed = given().header("Origin", "http://localhost:8082").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/no-such-thing");
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8082");
        Response foreign = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/no-such-thing");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void openApiDocumentIsValidAndDocumentsEveryOperation() {
        String json = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json);
        assertThat(parsed.getMessages()).as("OpenAPI parser messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();

        SecurityScheme bearer = api.getComponents().getSecuritySchemes().values().stream()
                .filter(s -> s.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(s.getScheme()))
                .findFirst().orElse(null);
        assertThat(bearer).as("a bearer security scheme").isNotNull();
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");

        List<String> faults = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode raw = readTree(json);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            if (!path.startsWith("/api/v1/")) {
                faults.add(where + ": not under /api/v1");
            }
            checkOperation(where, op, faults);
            checkClosedRequestBody(where, raw.path("paths").path(path).path(method.name().toLowerCase(java.util.Locale.ROOT)), raw, faults);
            checkRequestExample(where, op, api, faults);
        }));
        assertThat(api.getPaths()).as("documented paths").isNotEmpty();
        assertThat(faults).isEmpty();
    }

    /**
     * The bounds the OWASP API Security ruleset asks for, checked here too so a local build finds
     * them: every string has a length bound (or an enum/const), every array a maximum size, and
     * every pattern is anchored (JSON Schema searches; Bean Validation matches the whole value).
     */
    @Test
    void everyStringAndArrayIsBoundedAndEveryPatternAnchored() throws java.io.IOException {
        String json = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<String> faults = new ArrayList<>();
        checkBounds("", new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), faults);
        assertThat(faults).isEmpty();
    }

    private static void checkBounds(String where, com.fasterxml.jackson.databind.JsonNode node, List<String> faults) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkBounds(where + "[" + i + "]", node.get(i), faults);
            }
            return;
        }
        if (!node.isObject() || where.endsWith(".examples") || where.endsWith(".example")) {
            return;
        }
        com.fasterxml.jackson.databind.JsonNode type = node.get("type");
        boolean schema = type != null && (type.isTextual() || type.isArray()) && !where.endsWith(".properties");
        if (schema && hasType(type, "string") && !node.has("maxLength") && !node.has("enum") && !node.has("const")) {
            faults.add(where + ": string without maxLength");
        }
        if (schema && hasType(type, "array") && !node.has("maxItems")) {
            faults.add(where + ": array without maxItems");
        }
        com.fasterxml.jackson.databind.JsonNode pattern = node.get("pattern");
        if (pattern != null && pattern.isTextual() && !(pattern.asText().startsWith("^") && pattern.asText().endsWith("$"))) {
            faults.add(where + ": pattern not anchored");
        }
        node.fields().forEachRemaining(e -> checkBounds(where + "." + e.getKey(), e.getValue(), faults));
    }

    private static boolean hasType(com.fasterxml.jackson.databind.JsonNode type, String wanted) {
        if (type.isTextual()) {
            return type.asText().equals(wanted);
        }
        for (com.fasterxml.jackson.databind.JsonNode t : type) {
            if (t.asText().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The contract may grow but not break: compared with the last released document
     * ({@code openapi/released/openapi.json}, committed), no operation, parameter, request or
     * response field a client relies on is removed or made stricter. A deliberate breaking change
     * (a new major version) replaces the released document in the same commit.
     */
    @Test
    void contractIsBackwardCompatibleWithTheReleasedDocument() throws java.io.IOException {
        java.nio.file.Path released = java.nio.file.Path.of("openapi/released/openapi.json");
        assertThat(released).as("the released contract of this service").exists();
        String current = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<String> broken = ContractDiff.breakingChanges(java.nio.file.Files.readString(released), current);
        assertThat(broken).as("breaking changes against openapi/released/openapi.json (replace it on purpose for a new major version)")
                .isEmpty();
    }

    /** Integrators learn a body from its example: every request body has one (on the media type or its schema). */
    private static void checkRequestExample(String where, Operation op, OpenAPI api, List<String> faults) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        op.getRequestBody().getContent().forEach((mediaType, content) -> {
            io.swagger.v3.oas.models.media.Schema<?> schema = bodyObject(content.getSchema(), api);
            boolean hasExample = content.getExample() != null || (content.getExamples() != null && !content.getExamples().isEmpty())
                    || schema != null && (schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty()));
            if (!hasExample) {
                faults.add(where + ": request body " + mediaType + " has no example");
            }
        });
    }

    /** The object a request body carries: its schema, or its items' for a bulk array, with a $ref resolved. */
    private static io.swagger.v3.oas.models.media.Schema<?> bodyObject(io.swagger.v3.oas.models.media.Schema<?> schema, OpenAPI api) {
        if (schema != null && schema.getItems() != null) {
            schema = schema.getItems();
        }
        if (schema != null && schema.get$ref() != null) {
            schema = api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return schema;
    }

    /**
     * Unknown fields are refused, so a JSON request object must say additionalProperties: false. Read from the
     * document's own JSON: the parser's model of an OAS 3.1 boolean schema depends on the order of keys.
     */
    private static void checkClosedRequestBody(String where, com.fasterxml.jackson.databind.JsonNode operation,
                                               com.fasterxml.jackson.databind.JsonNode document, List<String> faults) {
        com.fasterxml.jackson.databind.JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        if (schema.has("items")) {
            schema = schema.get("items");
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        boolean closed = schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean();
        if (schema.has("properties") && schema.get("properties").size() > 0 && !closed) {
            faults.add(where + ": request object does not declare additionalProperties: false");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkOperation(String where, Operation op, List<String> faults) {
        if (op.getOperationId() == null || op.getOperationId().isBlank()) {
            faults.add(where + ": no operationId");
        }
        if (op.getSummary() == null || op.getSummary().isBlank()) {
            faults.add(where + ": no summary");
        }
        if (op.getTags() == null || op.getTags().isEmpty()) {
            faults.add(where + ": no tags");
        }
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            faults.add(where + ": no security requirement");
        }
        Object roles = op.getExtensions() == null ? null : op.getExtensions().get("x-roles");
        if (!(roles instanceof List<?> list) || list.isEmpty()) {
            faults.add(where + ": no x-roles");
        } else if (op.getDescription() == null || !op.getDescription().contains("Roles: ")) {
            faults.add(where + ": roles not named in the description");
        }
        if (op.getResponses() == null || !op.getResponses().containsKey("401")) {
            faults.add(where + ": 401 not documented");
        }
    }

    @Test
    void aCreateAnswersWithLocationAndETagAsDocumented() {
        if (!probe().method().equals("POST")) {
            return;
        }
        Response created = send(allowed(), probe().validBody());
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/");
        assertThat(created.header("ETag")).isNotBlank();
    }

    /** A GET naming the current ETag in If-None-Match (weakly compared) is 304 without a body; another tag reads the resource. */
    @Test
    void aConditionalReadOfTheCreatedResourceIsNotModified() {
        org.junit.jupiter.api.Assumptions.assumeTrue(probe().method().equals("POST"), "the probe creates nothing to read back");
        Response created = send(allowed(), probe().validBody());
        String location = created.header("Location");
        Response plain = allowed().get(location);
        assertThat(plain.statusCode()).as(plain.asString()).isEqualTo(200);
        String etag = plain.header("ETag");
        Response same = allowed().header("If-None-Match", etag).get(location);
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.header("ETag")).isEqualTo(etag);
        assertThat(same.asString()).isEmpty();
        assertThat(allowed().header("If-None-Match", "W/" + etag).get(location).statusCode()).isEqualTo(304);
        assertThat(allowed().header("If-None-Match", "\"not-the-tag\"").get(location).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesRequestWithoutToken() {
        Response response = send(given(), probe().validBody());
        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesExpiredToken() {
        assertProblem(send(auth(Tokens.expired(probe().allowedRole(), TENANT)), probe().validBody()), 401, "unauthorized");
    }

    @Test
    void refusesTokenSignedByAnUnknownKey() {
        assertProblem(send(auth(Tokens.signedByStranger(probe().allowedRole(), TENANT)), probe().validBody()), 401, "unauthorized");
    }

    @Test
    void refusesTokenWithoutTenant() {
        assertProblem(send(auth(Tokens.withoutTenant(probe().allowedRole())), probe().validBody()), 401, "unauthorized");
    }

    @Test
    void refusesRoleThatIsNotAllowed() {
        assertProblem(send(auth(Tokens.token(probe().forbiddenRole(), TENANT)), probe().validBody()), 403, "forbidden");
    }

    @Test
    void refusesMalformedJson() {
        Response response = allowed().contentType(ContentType.JSON).body("{\"oops\": ").request(probe().method(), probe().path());
        assertProblem(response, 400, "malformed-body");
    }

    @Test
    void refusesBodyThatIsNotAnObject() {
        Response response = allowed().contentType(ContentType.JSON).body("[1, 2]").request(probe().method(), probe().path());
        assertProblem(response, 400, "malformed-body");
    }

    @Test
    void refusesMissingBody() {
        Response response = allowed().contentType(ContentType.JSON).request(probe().method(), probe().path());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesWrongTypeWithTheFieldNamed() {
        assertFieldError(with(probe().nonStringField(), "not-of-this-type"), probe().nonStringField());
    }

    @Test
    void refusesMissingRequiredField() {
        Map<String, Object> body = new HashMap<>(probe().validBody());
        body.remove(probe().requiredField());
        assertFieldError(body, probe().requiredField());
    }

    @Test
    void refusesOversizedString() {
        assertFieldError(with(probe().stringField(), "x".repeat(probe().stringMaxLength() + 1)), probe().stringField());
    }

    @Test
    void refusesUnknownField() {
        assertFieldError(with("surpriseField", 1), "surpriseField");
    }

    @Test
    void refusesUnknownEnumValue() {
        if (probe().enumField() != null) {
            assertFieldError(with(probe().enumField(), "NO_SUCH_VALUE"), probe().enumField());
        }
    }

    @Test
    void refusesIdThatIsNotAUuid() {
        if (probe().itemPathWithId() != null) {
            Response response = allowed().get(probe().itemPathWithId().replace("{id}", "not-a-uuid"));
            assertProblem(response, 400, "validation");
        }
    }

    @Test
    void refusesUnsupportedMediaType() {
        Response response = allowed().contentType(ContentType.TEXT).body("hello").request(probe().method(), probe().path());
        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void answersUnknownPathWithProblem() {
        assertProblem(allowed().get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void answersAnEncodedPercentInAnUnknownPathWithProblemAndDoesNotEchoIt() {
        for (String path : List.of("/x/%25;", "/api/v1/%25;%3Cscript%3E", "/api/v1/no-such/%25%25;")) {
            Response anonymous = given().urlEncodingEnabled(false).get(path);
            assertThat(anonymous.statusCode()).as(path).isIn(401, 404);
            assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");
            Response response = allowed().urlEncodingEnabled(false).get(path);
            assertProblem(response, 404, "not-found");
            assertThat(response.jsonPath().getString("detail")).doesNotContain("<script>").doesNotContain("%;");
        }
    }

    @Test
    void refusesAJsonObjectThatRepeatsAKey() {
        String field = probe().stringField();
        String valid = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(probe().validBody()).toString();
        String repeated = valid.substring(0, valid.length() - 1) + ", \"" + field + "\": \"again\"}";
        Response response = allowed().contentType(ContentType.JSON).body(repeated).request(probe().method(), probe().path());
        assertProblem(response, 400, "malformed-body");
        assertThat(response.jsonPath().getString("detail")).contains(field);
    }

    @Test
    void checksTheTokenBeforeTheMediaType() {
        Response response = given().contentType(ContentType.TEXT).body("hello").request(probe().method(), probe().path());
        assertProblem(response, 401, "unauthorized");
    }

    @Test
    void takesAnEmptyQueryParameterAsAbsentAndRefusesAWrongOne() {
        if (probe().listPath() != null) {
            String join = probe().listPath().contains("?") ? "&" : "?";
            Response empty = allowed().get(probe().listPath() + join + "limit=");
            assertThat(empty.statusCode()).as("documented in info.description: empty means absent").isEqualTo(200);
            assertThat(empty.jsonPath().getList("items")).isNotNull();
            assertProblem(allowed().get(probe().listPath() + join + "limit=abc"), 400, "validation");
            assertProblem(allowed().get(probe().listPath() + join + "limit=0"), 400, "validation");
        }
    }

    @Test
    void limitsEachCallerPerMinuteAndSaysWhereTheyStand() {
        // %test.tandem.rate-limit.tenants.tenant-rate-limited=3; a minute boundary may pass once
        var caller = auth(Tokens.token(probe().allowedRole(), "tenant-rate-limited", "rate-" + java.util.UUID.randomUUID()));
        Response refused = null;
        for (int i = 0; i < 7 && refused == null; i++) {
            Response response = caller.get("/api/v1/no-such-thing");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.header("RateLimit-Limit")).isEqualTo("3");
                assertThat(Integer.parseInt(response.header("RateLimit-Remaining"))).isBetween(0, 2);
                assertThat(Integer.parseInt(response.header("RateLimit-Reset"))).isBetween(1, 60);
            }
        }
        assertThat(refused).as("a 429 within two windows").isNotNull();
        assertProblem(refused, 429, "too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        // another caller of the same tenant has its own allowance
        assertThat(auth(Tokens.token(probe().allowedRole(), "tenant-rate-limited", "other-" + java.util.UUID.randomUUID()))
                .get("/api/v1/no-such-thing").statusCode()).isEqualTo(404);
    }

    // --- helpers --------------------------------------------------------------------------

    protected RequestSpecification allowed() {
        return auth(Tokens.token(probe().allowedRole(), TENANT));
    }

    protected static RequestSpecification auth(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private Response send(RequestSpecification request, Object body) {
        return request.contentType(ContentType.JSON).body(body).request(probe().method(), probe().path());
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(probe().validBody());
        body.put(field, value);
        return body;
    }

    private void assertFieldError(Map<String, Object> body, String field) {
        Response response = send(allowed(), body);
        assertProblem(response, 400, "validation");
        assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
    }

    protected static void assertProblem(Response response, int status, String typeSlug) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://tandem.io/problems/" + typeSlug);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
    }
}
