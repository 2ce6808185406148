package io.tandem.survey.instrument;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.survey.definition.SampleDefinition;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class InstrumentAuthoringTest {

    private final String tenant = "t-" + UUID.randomUUID();

    private RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> draft(String key, Object definition) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("defaultLocale", "en");
        body.put("title", Map.of("en", "Pulse", "de", "Puls"));
        body.put("definition", definition);
        return body;
    }

    private Response createSample() {
        Response created = as("researcher").body(draft("pulse-" + UUID.randomUUID().toString().substring(0, 8), SampleDefinition.asMap()))
                .post("/api/v1/instruments");
        assertThat(created.statusCode()).isEqualTo(201);
        return created;
    }

    @Test
    void replacingADraftNeedsTheCurrentETag() {
        Response created = createSample();
        String id = created.jsonPath().getString("id");
        Map<String, Object> changed = draft(created.jsonPath().getString("key"), Map.of("items", List.of()));

        assertThat(as("researcher").body(changed).put("/api/v1/instruments/" + id).statusCode()).isEqualTo(428);
        assertThat(as("researcher").header("If-Match", "\"7\"").body(changed).put("/api/v1/instruments/" + id).statusCode()).isEqualTo(412);
        // If-Match compares strongly (RFC 9110): the current tag marked weak does not match
        assertThat(as("researcher").header("If-Match", "W/" + created.header("ETag")).body(changed).put("/api/v1/instruments/" + id).statusCode())
                .isEqualTo(412);
        Response replaced = as("researcher").header("If-Match", created.header("ETag")).body(changed).put("/api/v1/instruments/" + id);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isNotEqualTo(created.header("ETag"));
        assertThat(replaced.jsonPath().getList("definition.items")).isEmpty();

        Map<String, Object> renamed = draft("another-key", Map.of());
        Response refused = as("researcher").header("If-Match", replaced.header("ETag")).body(renamed).put("/api/v1/instruments/" + id);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("key");
    }

    @Test
    void refusesToPublishAndListsEveryProblem() {
        Map<String, Object> bad = new HashMap<>(SampleDefinition.asMap());
        List<Object> items = new ArrayList<>((List<?>) bad.get("items"));
        items.add(Map.of("linkId", "q1", "type", "likert", "min", 3, "max", 2, "text", Map.of("en", "Again")));
        bad.put("items", items);
        Response created = as("researcher").body(draft("broken-" + UUID.randomUUID().toString().substring(0, 8), bad)).post("/api/v1/instruments");
        String id = created.jsonPath().getString("id");

        Response refused = as("researcher").post("/api/v1/instruments/" + id + "/publish");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactlyInAnyOrder(
                "definition.items[10].linkId", "definition.items[10].min", "definition.items[10].text");
        assertThat(as("researcher").get("/api/v1/instruments/" + id).jsonPath().getString("status")).isEqualTo("draft");
    }

    @Test
    void publishedVersionsAreImmutableAndNewVersionsStartAsCopies() {
        Response created = createSample();
        String id = created.jsonPath().getString("id");
        Response published = as("programme-manager").header("If-Match", created.header("ETag")).post("/api/v1/instruments/" + id + "/publish");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.jsonPath().getString("status")).isEqualTo("published");
        assertThat(published.jsonPath().getString("publishedAt")).isNotNull();

        Map<String, Object> change = draft(created.jsonPath().getString("key"), Map.of());
        assertThat(as("researcher").header("If-Match", published.header("ETag")).body(change).put("/api/v1/instruments/" + id).statusCode()).isEqualTo(409);
        assertThat(as("researcher").header("If-Match", published.header("ETag")).delete("/api/v1/instruments/" + id).statusCode()).isEqualTo(409);
        assertThat(as("researcher").post("/api/v1/instruments/" + id + "/publish").statusCode()).isEqualTo(409);

        Response next = as("researcher").post("/api/v1/instruments/" + id + "/versions");
        assertThat(next.statusCode()).isEqualTo(201);
        assertThat(next.jsonPath().getInt("version")).isEqualTo(2);
        assertThat(next.jsonPath().getString("status")).isEqualTo("draft");
        assertThat(next.jsonPath().getList("definition.items.linkId")).isEqualTo(published.jsonPath().getList("definition.items.linkId"));
        assertThat(as("researcher").post("/api/v1/instruments/" + id + "/versions").statusCode()).isEqualTo(409);

        Response retired = as("researcher").post("/api/v1/instruments/" + id + "/retire");
        assertThat(retired.jsonPath().getString("status")).isEqualTo("retired");
        assertThat(as("researcher").post("/api/v1/instruments/" + id + "/retire").statusCode()).isEqualTo(409);
        assertThat(as("researcher").get("/api/v1/instruments?key=" + created.jsonPath().getString("key") + "&status=draft")
                .jsonPath().getList("items.version", Integer.class)).containsExactly(2);
    }

    @Test
    void deletesADraftWithItsETag() {
        Response created = createSample();
        String id = created.jsonPath().getString("id");
        assertThat(as("admin").delete("/api/v1/instruments/" + id).statusCode()).isEqualTo(428);
        assertThat(as("admin").header("If-Match", created.header("ETag")).delete("/api/v1/instruments/" + id).statusCode()).isEqualTo(204);
        assertThat(as("admin").get("/api/v1/instruments/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void formIsRenderedInTheRequestedLocaleWithFallback() {
        String id = createSample().jsonPath().getString("id");
        Response byQuery = as("mentee").queryParam("locale", "de").get("/api/v1/instruments/" + id + "/form");
        assertThat(byQuery.header("Content-Language")).isEqualTo("de");
        assertThat(byQuery.jsonPath().getString("title")).isEqualTo("Puls");
        assertThat(byQuery.jsonPath().getString("items[0].text")).isEqualTo("Ich arbeite gern.");
        assertThat(byQuery.jsonPath().getString("items[5].options[0].label")).isEqualTo("E-Mail");

        Response byHeader = as("mentee").header("Accept-Language", "fr-CH, de-CH;q=0.8").get("/api/v1/instruments/" + id + "/form");
        assertThat(byHeader.jsonPath().getString("locale")).isEqualTo("de");

        Response fallback = as("mentee").header("Accept-Language", "fr").get("/api/v1/instruments/" + id + "/form");
        assertThat(fallback.jsonPath().getString("locale")).isEqualTo("en");
        assertThat(fallback.jsonPath().getString("items[0].text")).isEqualTo("I enjoy my work.");
        assertThat(fallback.jsonPath().getDouble("items[9].max")).isEqualTo(7.0);

        assertThat(as("mentee").queryParam("locale", "not a locale").get("/api/v1/instruments/" + id + "/form").statusCode()).isEqualTo(400);
    }

    @Test
    void anotherTenantCannotChangeOrPublish() {
        Response created = createSample();
        String id = created.jsonPath().getString("id");
        RequestSpecification stranger = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                .contentType(ContentType.JSON);
        assertThat(stranger.post("/api/v1/instruments/" + id + "/publish").statusCode()).isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                .get("/api/v1/instruments/" + id + "/form").statusCode()).isEqualTo(404);
        assertThat(as("mentee").post("/api/v1/instruments/" + id + "/publish").statusCode()).isEqualTo(403);
    }

    @Test
    void boundsAreEnforcedOnEveryWrite() {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            options.add(Map.of("code", "o" + i, "label", Map.of("en", "Option " + i)));
        }
        Map<String, Object> tooMany = Map.of("items", List.of(Map.of("linkId", "c", "type", "single-choice",
                "text", Map.of("en", "C"), "options", options)));
        Response refused = as("admin").body(draft("big-" + UUID.randomUUID().toString().substring(0, 8), tooMany)).post("/api/v1/instruments");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("errors[0].field")).contains("options");
    }

    @Test
    void refusesNumbersBeyondDoublePrecisionInsteadOfStoringInfinity() {
        for (String huge : List.of("1e400", "-1e400")) {
            String body = "{\"key\": \"inf-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"defaultLocale\": \"en\", "
                    + "\"title\": {\"en\": \"Inf\"}, \"definition\": {\"items\": [{\"linkId\": \"h\", \"type\": \"number\", "
                    + "\"text\": {\"en\": \"Hours\"}, \"min\": 0, \"max\": " + huge + "}]}}";
            Response refused = as("admin").body(body).post("/api/v1/instruments");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
            assertThat(refused.jsonPath().getString("errors[0].field")).endsWith("max");
        }
    }
}
