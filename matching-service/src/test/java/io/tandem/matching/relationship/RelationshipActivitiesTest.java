package io.tandem.matching.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Goals both ways, meetings and the private journal of a relationship, and who may touch each. */
@QuarkusTest
class RelationshipActivitiesTest extends RelationshipTestBase {

    @Test
    void goalsAreOwnedByEitherSideAndBothAddProgressNotes() {
        String id = started();
        Response mentorsGoal = asPerson("mentor", "m1").body(Map.of("owner", "mentor", "description", "Learn how e1's team uses AI tools"))
                .post("/api/v1/relationships/" + id + "/goals");
        assertThat(mentorsGoal.statusCode()).as(mentorsGoal.asString()).isEqualTo(201);
        assertThat(mentorsGoal.jsonPath().getString("status")).isEqualTo("open");
        String goal = mentorsGoal.jsonPath().getString("id");
        asPerson("mentee", "e1").body(Map.of("owner", "mentee", "description", "Lead a design review", "targetOn", "2027-06-30"))
                .post("/api/v1/relationships/" + id + "/goals").then().statusCode(201);
        asPerson("mentee", "e1").body(Map.of("text", "Showed m1 our prompt library")).post("/api/v1/relationships/" + id + "/goals/" + goal + "/notes")
                .then().statusCode(200);
        Response noted = asPerson("mentor", "m1").body(Map.of("text", "Tried it on my backlog")).post("/api/v1/relationships/" + id + "/goals/" + goal + "/notes");
        assertThat(noted.jsonPath().getList("notes.authorId", String.class)).containsExactly("e1", "m1");
        Response progressed = asPerson("mentor", "m1").header("If-Match", noted.header("ETag"))
                .body(Map.of("owner", "mentor", "description", "Learn how e1's team uses AI tools", "status", "achieved"))
                .put("/api/v1/relationships/" + id + "/goals/" + goal);
        assertThat(progressed.jsonPath().getString("status")).isEqualTo("achieved");
        assertThat(asPerson("mentor", "m1").body(Map.of("owner", "mentee", "description", "x"))
                .put("/api/v1/relationships/" + id + "/goals/" + goal).statusCode()).isEqualTo(400);
        assertThat(asPerson("mentor", "m1").body(Map.of("owner", "mentor", "description", "x", "status", "finished"))
                .post("/api/v1/relationships/" + id + "/goals").statusCode()).isEqualTo(400);
        assertThat(as("programme-manager").get("/api/v1/relationships/" + id + "/goals").jsonPath().getList("items.owner", String.class))
                .containsExactly("mentor", "mentee");
        assertThat(as("programme-manager").body(Map.of("text", "n")).post("/api/v1/relationships/" + id + "/goals/" + goal + "/notes")
                .statusCode()).as("notes are the pair's").isEqualTo(403);
    }

    @Test
    void meetingsAreLoggedOnceTheyHaveHappened() {
        String id = started();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Response logged = asPerson("mentee", "e1").body(Map.of("heldOn", today.toString(), "durationMinutes", 45, "channel", "video",
                "topics", List.of("career plan", "code review"), "note", "Next: mock interview")).post("/api/v1/relationships/" + id + "/meetings");
        assertThat(logged.statusCode()).as(logged.asString()).isEqualTo(201);
        assertThat(logged.jsonPath().getString("loggedBy")).isEqualTo("e1");
        assertThat(asPerson("mentee", "e1").body(Map.of("heldOn", today.plusDays(3).toString(), "durationMinutes", 30, "channel", "video"))
                .post("/api/v1/relationships/" + id + "/meetings").statusCode()).isEqualTo(400);
        assertThat(asPerson("mentee", "e1").body(Map.of("heldOn", today.toString(), "durationMinutes", 0, "channel", "video"))
                .post("/api/v1/relationships/" + id + "/meetings").statusCode()).isEqualTo(400);
        assertThat(asPerson("mentor", "m1").get("/api/v1/relationships/" + id + "/meetings").jsonPath().getList("items.topics"))
                .containsExactly(List.of("career plan", "code review"));
    }

    @Test
    void aJournalEntryIsItsAuthorsUntilSharedAndNeverStaffs() {
        String id = started();
        String privateEntry = asPerson("mentee", "e1").body(Map.of("text", "I explain things the way my first manager did."))
                .post("/api/v1/relationships/" + id + "/journal").jsonPath().getString("id");
        asPerson("mentee", "e1").body(Map.of("text", "Our last talk changed how I plan my week.", "shared", true))
                .post("/api/v1/relationships/" + id + "/journal").then().statusCode(201);
        assertThat(asPerson("mentee", "e1").get("/api/v1/relationships/" + id + "/journal").jsonPath().getList("items")).hasSize(2);
        Response mentorSees = asPerson("mentor", "m1").get("/api/v1/relationships/" + id + "/journal");
        assertThat(mentorSees.jsonPath().getList("items.text", String.class)).containsExactly("Our last talk changed how I plan my week.");
        assertThat(as("admin").get("/api/v1/relationships/" + id + "/journal").statusCode()).isEqualTo(403);
        assertThat(as("programme-manager").body(Map.of("text", "x")).post("/api/v1/relationships/" + id + "/journal").statusCode()).isEqualTo(403);
        assertThat(asPerson("mentor", "m1").body(Map.of("text", "edited", "shared", true))
                .put("/api/v1/relationships/" + id + "/journal/" + privateEntry).statusCode()).as("not the author").isEqualTo(404);
        asPerson("mentee", "e1").body(Map.of("text", "I explain things the way my first manager did.", "shared", true))
                .put("/api/v1/relationships/" + id + "/journal/" + privateEntry).then().statusCode(200);
        assertThat(asPerson("mentor", "m1").get("/api/v1/relationships/" + id + "/journal").jsonPath().getList("items")).hasSize(2);
    }

    @Test
    void anotherPairsMentorAndAnotherTenantTouchNothing() {
        String id = started();
        String goal = asPerson("mentee", "e1").body(Map.of("owner", "mentee", "description", "Lead a design review"))
                .post("/api/v1/relationships/" + id + "/goals").jsonPath().getString("id");
        for (String path : List.of("/goals", "/meetings", "/journal")) {
            assertThat(asPerson("mentor", "m2").get("/api/v1/relationships/" + id + path).statusCode()).as(path).isEqualTo(404);
            assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                    .get("/api/v1/relationships/" + id + path).statusCode()).as(path).isIn(403, 404);
        }
        assertThat(asPerson("mentor", "m2").body(Map.of("owner", "mentor", "description", "x")).post("/api/v1/relationships/" + id + "/goals")
                .statusCode()).isEqualTo(404);
        assertThat(asPerson("mentor", "m2").body(Map.of("text", "x")).post("/api/v1/relationships/" + id + "/goals/" + goal + "/notes")
                .statusCode()).isEqualTo(404);
        assertThat(asPerson("mentor", "m2").body(Map.of("heldOn", "2026-06-01", "durationMinutes", 30, "channel", "video"))
                .post("/api/v1/relationships/" + id + "/meetings").statusCode()).isEqualTo(404);
        assertThat(asPerson("mentor", "m2").body(Map.of("text", "x")).post("/api/v1/relationships/" + id + "/journal").statusCode()).isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("owner", "mentor", "description", "x")).post("/api/v1/relationships/" + id + "/goals").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        String id = started();
        for (Response bad : List.of(
                asPerson("mentee", "e1").body("{\"heldOn\": \"2026-06-01\", \"durationMinutes\": 1e400, \"channel\": \"video\"}")
                        .post("/api/v1/relationships/" + id + "/meetings"),
                asPerson("mentee", "e1").body("{\"phase\": \"cultivation\", \"phase\": \"ended\"}").post("/api/v1/relationships/" + id + "/phase"),
                asPerson("mentee", "e1").body("{\"heldOn\": \"yesterday\", \"durationMinutes\": 30, \"channel\": \"video\"}")
                        .post("/api/v1/relationships/" + id + "/meetings"),
                as("admin").get("/api/v1/programmes/" + programme + "/relationships?phase=bogus"),
                as("admin").get("/api/v1/relationships/not-a-uuid"),
                asPerson("mentee", "e1").body("{\"owner\": \"mentee\", \"description\": \"x\", \"extra\": 1}")
                        .post("/api/v1/relationships/" + id + "/goals"))) {
            assertThat(bad.statusCode()).as(bad.asString()).isBetween(400, 499);
            assertThat(bad.contentType()).startsWith("application/problem+json");
        }
    }
}
