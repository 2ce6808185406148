package io.tandem.matching.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** matching-service's feeds: every change once, in commit-safe order, per tenant, also while several writers commit at once. */
@QuarkusTest
class MatchingFeedsTest extends RelationshipTestBase {

    @Test
    void eachChangeAppearsInItsFeedWithoutPrivateText() {
        String id = started();
        status("running");
        move("mentor", "m1", id, Map.of("phase", "cultivation")).then().statusCode(200);
        asPerson("mentee", "e1").body(Map.of("heldOn", LocalDate.now(ZoneOffset.UTC).toString(), "durationMinutes", 30, "channel", "phone",
                "note", "private details")).post("/api/v1/relationships/" + id + "/meetings").then().statusCode(201);
        asPerson("mentee", "e1").body(Map.of("text", "my secret reflection")).post("/api/v1/relationships/" + id + "/journal").then().statusCode(201);

        List<Map<String, Object>> relationships = readAll("relationships", tenant);
        assertThat(relationships).extracting(e -> (Object) ((Map<?, ?>) e.get("data")).get("change"))
                .containsExactly("started", "phase-changed", "meeting-logged");
        assertThat(relationships.toString()).doesNotContain("private details").doesNotContain("secret reflection");
        assertThat(((Map<?, ?>) relationships.get(2).get("data")).get("meeting")).isNotNull();

        List<Map<String, Object>> participants = readAll("participants", tenant);
        assertThat(participants).extracting(e -> (Object) ((Map<?, ?>) e.get("data")).get("change")).containsOnly("enrolled");
        assertThat(participants).hasSize(4);
        List<Map<String, Object>> proposals = readAll("proposals", tenant);
        assertThat(proposals).extracting(e -> (Object) ((Map<?, ?>) e.get("data")).get("change")).contains("published", "decided");
        assertThat(proposals.stream().filter(e -> "decided".equals(((Map<?, ?>) e.get("data")).get("change"))).toList())
                .extracting(e -> (Object) ((Map<?, ?>) e.get("data")).get("mentorDecision")).contains("accepted");
        // each proposal carries its factors at match time (analytics tests them against later outcomes)
        List<?> factors = (List<?>) ((Map<?, ?>) proposals.get(0).get("data")).get("factors");
        assertThat(factors).isNotEmpty();
        assertThat(factors).extracting(f -> (Object) ((Map<?, ?>) f).get("factor")).contains("goal-fit");
        assertThat(((Map<?, ?>) factors.get(0)).get("score")).isInstanceOf(Integer.class);

        assertThat(readAll("relationships", "t-" + UUID.randomUUID())).isEmpty();
        assertThat(as("admin").get("/api/v1/feeds/relationships").statusCode()).isEqualTo(403);
        assertThat(given().header("Authorization", Tokens.bearer("service", tenant)).get("/api/v1/feeds/relationships?after=not-a-cursor")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aReaderGetsEveryEventOnceWhileSeveralWritersCommit() throws Exception {
        int writers = 4;
        int updatesEach = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String person = w % 2 == 0 ? "e" + (w / 2 + 1) : "m" + (w / 2 + 1);
            String role = person.startsWith("e") ? "mentee" : "mentor";
            running.add(pool.submit(() -> {
                for (int u = 0; u < updatesEach; u++) {
                    Map<String, Object> profile = person(person, role, person.startsWith("e") ? 2 : 6, "topic-" + u, null);
                    as("integration").body(List.of(profile)).post("/api/v1/programmes/" + programme + "/participants/bulk").then().statusCode(200);
                }
                return null;
            }));
        }
        Set<Long> seen = new HashSet<>();
        List<Long> order = new ArrayList<>();
        String[] cursor = {null};
        int expected = 4 + writers * updatesEach;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Response page = given().header("Authorization", Tokens.bearer("service", tenant))
                    .queryParam("limit", 5).queryParam("after", cursor[0] == null ? "" : cursor[0]).get("/api/v1/feeds/participants");
            List<Map<String, Object>> events = page.jsonPath().getList("events");
            for (Map<String, Object> event : events) {
                long sequence = ((Number) event.get("sequence")).longValue();
                assertThat(seen.add(sequence)).as("event " + sequence + " read twice").isTrue();
                order.add(sequence);
            }
            cursor[0] = page.jsonPath().getString("nextCursor");
            return seen.size() >= expected && running.stream().allMatch(Future::isDone);
        });
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();
        assertThat(seen).hasSize(expected);
        Response rest = given().header("Authorization", Tokens.bearer("service", tenant)).queryParam("after", cursor[0]).get("/api/v1/feeds/participants");
        assertThat(rest.jsonPath().getList("events")).as("nothing after the last event").isEmpty();
    }

    @Test
    void thePlatformIdentityReadsEveryTenantsFeedAndNothingElse() {
        String other = "t-" + UUID.randomUUID();
        String otherProgramme = given().header("Authorization", Tokens.bearer("programme-manager", other)).contentType("application/json")
                .body(Map.of("name", "Other", "type", "classic", "startsOn", "2026-01-01", "endsOn", "2027-12-31", "defaultMentorCapacity", 1))
                .post("/api/v1/programmes").jsonPath().getString("id");
        given().header("Authorization", Tokens.bearer("programme-manager", other)).contentType("application/json").body(Map.of("status", "enrolling"))
                .post("/api/v1/programmes/" + otherProgramme + "/status").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("integration", other)).contentType("application/json")
                .body(List.of(person("x1", "mentee", 2, "java", null))).post("/api/v1/programmes/" + otherProgramme + "/participants/bulk")
                .then().statusCode(200);

        String platform = "Bearer " + Tokens.withoutTenant("platform-service");
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = "";
        while (true) {
            Response page = given().header("Authorization", platform).queryParam("after", cursor).queryParam("limit", 500).get("/api/v1/feeds/participants");
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            List<Map<String, Object>> events = page.jsonPath().getList("events");
            if (events.isEmpty()) {
                break;
            }
            all.addAll(events);
            cursor = page.jsonPath().getString("nextCursor");
        }
        assertThat(all.stream().filter(e -> tenant.equals(e.get("tenant"))).count()).isEqualTo(4);
        assertThat(all.stream().filter(e -> other.equals(e.get("tenant"))).count()).isEqualTo(1);
        assertThat(readAll("participants", other)).extracting(e -> (Object) e.get("tenant")).containsOnly(other);
        assertThat(given().header("Authorization", platform).get("/api/v1/programmes").statusCode()).isEqualTo(403);
        assertThat(given().header("Authorization", platform).get("/api/v1/me/programmes").statusCode()).isEqualTo(403);
        assertThat(given().header("Authorization", "Bearer " + Tokens.withoutTenant("service")).get("/api/v1/feeds/participants").statusCode())
                .as("a tenant's service role without a tenant").isEqualTo(401);
    }

    private static List<Map<String, Object>> readAll(String feed, String tenant) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = "";
        while (true) {
            Response page = given().header("Authorization", Tokens.bearer("service", tenant)).queryParam("after", cursor).queryParam("limit", 2)
                    .get("/api/v1/feeds/" + feed);
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            List<Map<String, Object>> events = page.jsonPath().getList("events");
            if (events.isEmpty()) {
                return all;
            }
            all.addAll(events);
            cursor = page.jsonPath().getString("nextCursor");
        }
    }
}
