package io.tandem.survey.instrument;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class InstrumentResourceTest {

    private static String uniqueKey() {
        return "pulse-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(String tenant, String key, Map<String, String> title) {
        return given().header("Authorization", Tokens.bearer("programme-manager", tenant))
                .contentType(ContentType.JSON)
                .body(Map.of("key", key, "defaultLocale", "en", "title", title))
                .post("/api/v1/instruments");
    }

    @Test
    void createsDraftVersionOneAndReadsItBack() {
        String tenant = "t-" + UUID.randomUUID();
        String key = uniqueKey();
        Response created = create(tenant, key, Map.of("en", "Onboarding pulse", "de", "Einstiegspuls"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/instruments/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.jsonPath().getString("status")).isEqualTo("draft");
        assertThat(created.jsonPath().getInt("version")).isEqualTo(1);

        Response read = given().header("Authorization", Tokens.bearer("mentor", tenant)).get("/api/v1/instruments/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.jsonPath().getString("key")).isEqualTo(key);
        assertThat(read.jsonPath().getString("title.de")).isEqualTo("Einstiegspuls");
        assertThat(read.jsonPath().getString("createdAt")).endsWith("Z");
    }

    @Test
    void anotherTenantsInstrumentReadsAsNotFound() {
        String id = create("t-" + UUID.randomUUID(), uniqueKey(), Map.of("en", "Mine")).jsonPath().getString("id");
        Response other = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                .get("/api/v1/instruments/" + id);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listsOnlyTheCallersTenantPageByPage() {
        String tenant = "t-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            create(tenant, uniqueKey(), Map.of("en", "Survey " + i)).then().statusCode(201);
        }
        create("t-" + UUID.randomUUID(), uniqueKey(), Map.of("en", "Not yours")).then().statusCode(201);

        Response first = given().header("Authorization", Tokens.bearer("admin", tenant)).get("/api/v1/instruments?limit=2");
        assertThat(first.jsonPath().getList("items.title.en", String.class)).containsExactly("Survey 0", "Survey 1");
        String cursor = first.jsonPath().getString("nextCursor");
        assertThat(cursor).isNotBlank();

        Response second = given().header("Authorization", Tokens.bearer("admin", tenant))
                .get("/api/v1/instruments?limit=2&cursor=" + cursor);
        assertThat(second.jsonPath().getList("items.title.en", String.class)).containsExactly("Survey 2");
        assertThat(second.jsonPath().getString("nextCursor")).isNull();
    }

    @Test
    void refusesDuplicateKeyInTheSameTenantButNotAcrossTenants() {
        String key = uniqueKey();
        String tenant = "t-" + UUID.randomUUID();
        create(tenant, key, Map.of("en", "First")).then().statusCode(201);
        Response again = create(tenant, key, Map.of("en", "Second"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.jsonPath().getString("type")).isEqualTo("https://tandem.io/problems/conflict");
        create("t-" + UUID.randomUUID(), key, Map.of("en", "Other tenant")).then().statusCode(201);
    }

    @Test
    void refusesTitleWithoutTheDefaultLocaleAndStoresNothing() {
        String tenant = "t-" + UUID.randomUUID();
        Response refused = create(tenant, uniqueKey(), Map.of("de", "Nur Deutsch"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactly("title");
        Response list = given().header("Authorization", Tokens.bearer("admin", tenant)).get("/api/v1/instruments");
        assertThat(list.jsonPath().getList("items")).isEmpty();
    }

    @Test
    void namesNestedFieldsInValidationErrors() {
        Response refused = create("t-" + UUID.randomUUID(), uniqueKey(), Map.of("en", "x".repeat(201), "x!", "bad locale"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).contains("title[en]");
    }

    @Test
    void refusesBadCursorAndLimit() {
        String admin = Tokens.bearer("admin", "t-" + UUID.randomUUID());
        Response badCursor = given().header("Authorization", admin).get("/api/v1/instruments?cursor=%%%");
        assertThat(badCursor.statusCode()).isEqualTo(400);
        Response badLimit = given().header("Authorization", admin).get("/api/v1/instruments?limit=0");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.jsonPath().getList("errors.field", String.class)).containsExactly("limit");
        Response wrongTypeLimit = given().header("Authorization", admin).get("/api/v1/instruments?limit=many");
        assertThat(wrongTypeLimit.statusCode()).isEqualTo(400);
        assertThat(wrongTypeLimit.contentType()).startsWith("application/problem+json");
    }
}
