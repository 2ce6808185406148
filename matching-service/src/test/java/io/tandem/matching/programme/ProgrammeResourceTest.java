package io.tandem.matching.programme;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ProgrammeResourceTest {

    private static Map<String, Object> programme(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "reverse");
        body.put("startsOn", "2027-02-01");
        body.put("endsOn", "2027-11-30");
        body.put("defaultMentorCapacity", 3);
        return body;
    }

    private static Response create(String tenant, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer("programme-manager", tenant))
                .contentType(ContentType.JSON).body(body).post("/api/v1/programmes");
    }

    private static Response list(String tenant, String query) {
        return given().header("Authorization", Tokens.bearer("admin", tenant)).get("/api/v1/programmes" + query);
    }

    @Test
    void createsDraftProgrammeAndReadsItBack() {
        String tenant = "t-" + UUID.randomUUID();
        Response created = create(tenant, programme("  Reverse mentoring 2027 "));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.jsonPath().getString("status")).isEqualTo("draft");
        assertThat(created.jsonPath().getString("name")).isEqualTo("Reverse mentoring 2027");
        String id = created.jsonPath().getString("id");

        Response read = given().header("Authorization", Tokens.bearer("researcher", tenant)).get("/api/v1/programmes/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.jsonPath().getString("type")).isEqualTo("reverse");
        assertThat(read.jsonPath().getString("startsOn")).isEqualTo("2027-02-01");
        assertThat(read.jsonPath().getInt("defaultMentorCapacity")).isEqualTo(3);
    }

    @Test
    void anotherTenantsProgrammeReadsAsNotFound() {
        String id = create("t-" + UUID.randomUUID(), programme("Mine")).jsonPath().getString("id");
        Response other = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                .get("/api/v1/programmes/" + id);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.jsonPath().getString("type")).isEqualTo("https://tandem.io/problems/not-found");
        assertThat(list("t-" + UUID.randomUUID(), "").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void listsPageByPageAndFiltersByStatus() {
        String tenant = "t-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            create(tenant, programme("P" + i)).then().statusCode(201);
        }
        Response first = list(tenant, "?limit=2&status=draft");
        assertThat(first.jsonPath().getList("items.name", String.class)).as(first.asString()).containsExactly("P0", "P1");
        Response second = list(tenant, "?limit=2&status=draft&cursor=" + first.jsonPath().getString("nextCursor"));
        assertThat(second.jsonPath().getList("items.name", String.class)).containsExactly("P2");
        assertThat(list(tenant, "?status=running").jsonPath().getList("items")).isEmpty();
        Response badStatus = list(tenant, "?status=sleeping");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesEndBeforeStartAndStoresNothing() {
        String tenant = "t-" + UUID.randomUUID();
        Map<String, Object> body = programme("Backwards");
        body.put("endsOn", "2027-01-01");
        Response refused = create(tenant, body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactly("endsOn");
        assertThat(list(tenant, "").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void refusesDatesThatAreNotIsoDatesAndCapacityOutOfRange() {
        Map<String, Object> body = programme("Bad");
        body.put("startsOn", "01/02/2027");
        body.put("defaultMentorCapacity", 21);
        Response refused = create("t-" + UUID.randomUUID(), body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).contains("startsOn");
        assertThat(refused.jsonPath().getString("errors[0].message")).contains("ISO-8601");
    }

    @Test
    void refusesCapacityOutOfRange() {
        Map<String, Object> body = programme("Too many");
        body.put("defaultMentorCapacity", 21);
        Response refused = create("t-" + UUID.randomUUID(), body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactly("defaultMentorCapacity");
    }

    @Test
    void settingsDefaultAndCanBeReplacedWithTheETag() {
        String tenant = "t-" + UUID.randomUUID();
        Response created = create(tenant, programme("Settings"));
        assertThat(created.jsonPath().getList("settings.requiredInstruments", String.class)).containsExactly("mentor-motives");
        assertThat(created.jsonPath().getString("settings.mode")).isEqualTo("optimal");
        assertThat(created.jsonPath().getInt("settings.weights.motiveFit")).isEqualTo(20);
        assertThat(created.jsonPath().getList("settings.hardRules", String.class)).contains("management-chain", "no-shared-language");

        Map<String, Object> changed = programme("Settings v2");
        changed.put("settings", Map.of("mode", "stable", "weights", Map.of("goalFit", 50, "reciprocity", 0, "identification", 10,
                "motiveFit", 40, "logistics", 0), "exclusions", List.of(List.of("emp-1", "emp-2"))));
        String id = created.jsonPath().getString("id");
        var manager = given().header("Authorization", Tokens.bearer("programme-manager", tenant)).contentType(ContentType.JSON);
        assertThat(manager.body(changed).put("/api/v1/programmes/" + id).statusCode()).isEqualTo(428);
        Response replaced = given().header("Authorization", Tokens.bearer("programme-manager", tenant)).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(changed).put("/api/v1/programmes/" + id);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.jsonPath().getString("settings.mode")).isEqualTo("stable");
        assertThat(replaced.jsonPath().getInt("settings.weights.goalFit")).isEqualTo(50);
        assertThat(replaced.jsonPath().getInt("settings.minimumRelationshipMonths")).isEqualTo(6);

        Map<String, Object> allZero = programme("Zero");
        allZero.put("settings", Map.of("weights", Map.of("goalFit", 0, "reciprocity", 0, "identification", 0, "motiveFit", 0, "logistics", 0)));
        assertThat(create(tenant, allZero).statusCode()).isEqualTo(400);
        Map<String, Object> badRule = programme("Bad rule");
        badRule.put("settings", Map.of("hardRules", List.of("astrology")));
        assertThat(create(tenant, badRule).statusCode()).isEqualTo(400);
    }

    @Test
    void statusMovesForwardOnly() {
        String tenant = "t-" + UUID.randomUUID();
        String id = create(tenant, programme("Lifecycle")).jsonPath().getString("id");
        java.util.function.Function<String, Integer> move = status -> given().header("Authorization", Tokens.bearer("admin", tenant))
                .contentType(ContentType.JSON).body(Map.of("status", status)).post("/api/v1/programmes/" + id + "/status").statusCode();
        assertThat(move.apply("running")).isEqualTo(409);
        assertThat(move.apply("enrolling")).isEqualTo(200);
        assertThat(move.apply("matching")).isEqualTo(200);
        assertThat(move.apply("enrolling")).isEqualTo(200);
        assertThat(move.apply("draft")).isEqualTo(409);
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("status", "matching")).post("/api/v1/programmes/" + id + "/status").statusCode()).isEqualTo(404);
    }
}
