package io.tandem.survey.assignment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AssignmentResourceTest {

    private SurveyFixture fixture;

    @BeforeEach
    void newTenantWithPublishedInstrument() {
        fixture = new SurveyFixture();
    }

    @Test
    void assignsTheLatestPublishedVersionWithItsContext() {
        Map<String, Object> body = new HashMap<>(Map.of("respondentId", "emp-1", "instrumentKey", fixture.instrumentKey,
                "role", "mentee", "wave", "check-in-2", "dueOn", "2026-12-15",
                "programmeId", "0192f5a4-7c1e-7d3a-9b2e-3f4a5b6c7d8e"));
        Response created = fixture.as("programme-manager").body(body).post("/api/v1/assignments");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.jsonPath().getInt("instrumentVersion")).isEqualTo(1);
        assertThat(created.jsonPath().getString("status")).isEqualTo("open");
        assertThat(created.jsonPath().getString("role")).isEqualTo("mentee");
        assertThat(created.jsonPath().getString("dueOn")).isEqualTo("2026-12-15");
    }

    @Test
    void refusesANonCanonicalUuidFilterAndCancelsWithoutABody() {
        Response lenient = fixture.as("admin").queryParam("programmeId", "1-1-1-1-1").get("/api/v1/assignments");
        assertThat(lenient.statusCode()).isEqualTo(400);
        assertThat(lenient.jsonPath().getString("errors[0].field")).isEqualTo("programmeId");

        String id = fixture.assign("emp-9");
        Response cancelled = fixture.as("admin").contentType("text/plain").body("ignored").post("/api/v1/assignments/" + id + "/cancel");
        assertThat(cancelled.statusCode()).as(cancelled.asString()).isEqualTo(200);
        assertThat(cancelled.jsonPath().getString("status")).isEqualTo("cancelled");
    }

    @Test
    void builtInInstrumentsCanBeAssigned() {
        String id = fixture.assign("emp-2", "mentor-motives");
        assertThat(fixture.as("admin").get("/api/v1/assignments/" + id).jsonPath().getString("instrumentKey")).isEqualTo("mentor-motives");
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstAssignment() {
        Map<String, Object> body = Map.of("respondentId", "emp-3", "instrumentKey", fixture.instrumentKey);
        String first = fixture.as("integration").header("Idempotency-Key", "k-1").body(body).post("/api/v1/assignments").jsonPath().getString("id");
        String again = fixture.as("integration").header("Idempotency-Key", "k-1").body(body).post("/api/v1/assignments").jsonPath().getString("id");
        assertThat(again).isEqualTo(first);
        assertThat(fixture.as("admin").get("/api/v1/assignments?respondentId=emp-3").jsonPath().getList("items")).hasSize(1);
        Response reused = fixture.as("integration").header("Idempotency-Key", "k-1")
                .body(Map.of("respondentId", "emp-4", "instrumentKey", fixture.instrumentKey)).post("/api/v1/assignments");
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat(fixture.as("admin").get("/api/v1/assignments?respondentId=emp-4").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void refusesUnknownDraftOrRetiredInstruments() {
        Response unknown = fixture.as("admin").body(Map.of("respondentId", "emp-4", "instrumentKey", "no-such-thing")).post("/api/v1/assignments");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.jsonPath().getString("errors[0].field")).isEqualTo("instrumentKey");

        Response badWave = fixture.as("admin").body(Map.of("respondentId", "emp-4", "instrumentKey", fixture.instrumentKey, "wave", "someday"))
                .post("/api/v1/assignments");
        assertThat(badWave.statusCode()).isEqualTo(400);

        String instrumentId = fixture.as("admin").get("/api/v1/instruments?key=" + fixture.instrumentKey).jsonPath().getString("items[0].id");
        fixture.as("admin").post("/api/v1/instruments/" + instrumentId + "/retire").then().statusCode(200);
        Response retired = fixture.as("admin").body(Map.of("respondentId", "emp-4", "instrumentKey", fixture.instrumentKey, "instrumentVersion", 1))
                .post("/api/v1/assignments");
        assertThat(retired.statusCode()).isEqualTo(422);
        assertThat(retired.jsonPath().getString("errors[0].message")).contains("retired");
    }

    @Test
    void bulkCreatesValidElementsAndReportsEachRefusal() {
        List<Map<String, Object>> body = new ArrayList<>();
        body.add(Map.of("respondentId", "emp-10", "instrumentKey", fixture.instrumentKey));
        body.add(Map.of("respondentId", "", "instrumentKey", fixture.instrumentKey));
        body.add(Map.of("respondentId", "emp-12", "instrumentKey", "missing-key"));
        body.add(Map.of("respondentId", "emp-13", "instrumentKey", fixture.instrumentKey, "wave", "closing"));
        Response report = fixture.as("service").body(body).post("/api/v1/assignments/bulk");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.jsonPath().getInt("created")).isEqualTo(2);
        assertThat(report.jsonPath().getList("results.outcome", String.class)).containsExactly("created", "refused", "refused", "created");
        assertThat(report.jsonPath().getString("results[1].errors[0].field")).isEqualTo("respondentId");
        assertThat(report.jsonPath().getString("results[2].errors[0].field")).isEqualTo("instrumentKey");
        assertThat(report.jsonPath().getString("results[3].assignment.wave")).isEqualTo("closing");
    }

    @Test
    void bulkRefusesMoreThanFiveThousand() {
        List<Map<String, Object>> body = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            body.add(Map.of("respondentId", "p" + i, "instrumentKey", fixture.instrumentKey));
        }
        Response refused = fixture.as("admin").body(body).post("/api/v1/assignments/bulk");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fixture.as("admin").get("/api/v1/assignments?respondentId=p0").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aMenteeSeesOnlyTheirOwnOpenAssignments() {
        String mine = fixture.assign("emp-20");
        String theirs = fixture.assign("emp-21");
        Response own = fixture.asPerson("mentee", "emp-20").get("/api/v1/assignments?status=open");
        assertThat(own.jsonPath().getList("items.id", String.class)).containsExactly(mine);
        assertThat(fixture.asPerson("mentee", "emp-20").get("/api/v1/assignments?respondentId=emp-21").statusCode()).isEqualTo(403);
        assertThat(fixture.asPerson("mentee", "emp-20").get("/api/v1/assignments/" + theirs).statusCode()).isEqualTo(404);
        assertThat(fixture.asPerson("mentee", "emp-20").post("/api/v1/assignments/" + mine + "/cancel").statusCode()).isEqualTo(403);
    }

    @Test
    void cancelsOnlyOpenAssignments() {
        String id = fixture.assign("emp-30");
        Response cancelled = fixture.as("programme-manager").post("/api/v1/assignments/" + id + "/cancel");
        assertThat(cancelled.jsonPath().getString("status")).isEqualTo("cancelled");
        assertThat(fixture.as("programme-manager").post("/api/v1/assignments/" + id + "/cancel").statusCode()).isEqualTo(409);
        assertThat(fixture.submit(id, SurveyFixture.VALID_ANSWERS).statusCode()).isEqualTo(409);
    }

    @Test
    void anotherTenantsAssignmentReadsAsNotFound() {
        String id = fixture.assign("emp-40");
        SurveyFixture other = new SurveyFixture();
        assertThat(other.as("admin").get("/api/v1/assignments/" + id).statusCode()).isEqualTo(404);
        assertThat(other.as("admin").post("/api/v1/assignments/" + id + "/cancel").statusCode()).isEqualTo(404);
        assertThat(other.submit(id, SurveyFixture.VALID_ANSWERS).statusCode()).isEqualTo(404);
    }

    @Test
    void concurrentCreatesWithOneIdempotencyKeyMakeOneAssignment() throws Exception {
        Map<String, Object> body = Map.of("respondentId", "emp-50", "instrumentKey", fixture.instrumentKey);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(pool.submit(() -> fixture.as("integration").header("Idempotency-Key", "same").body(body).post("/api/v1/assignments")));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (java.util.concurrent.Future<Response> call : calls) {
            Response response = call.get();
            assertThat(response.statusCode()).isEqualTo(201);
            ids.add(response.jsonPath().getString("id"));
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
    }

    @Test
    void aRepeatedBulkCallWithItsIdempotencyKeyCreatesNothingTwice() {
        List<Map<String, Object>> body = List.of(
                Map.of("respondentId", "r-1", "instrumentKey", fixture.instrumentKey, "wave", "check-in-1"),
                Map.of("respondentId", "r-2", "instrumentKey", fixture.instrumentKey, "wave", "check-in-1"),
                Map.of("respondentId", "r-3", "instrumentKey", "no-such-instrument"));
        Response first = fixture.as("service").header("Idempotency-Key", "rel-42/check-in-1").body(body).post("/api/v1/assignments/bulk");
        assertThat(first.jsonPath().getList("results.outcome", String.class)).containsExactly("created", "created", "refused");
        Response again = fixture.as("service").header("Idempotency-Key", "rel-42/check-in-1").body(body).post("/api/v1/assignments/bulk");
        assertThat(again.jsonPath().getList("results.assignment.id", String.class))
                .isEqualTo(first.jsonPath().getList("results.assignment.id", String.class));
        assertThat(fixture.as("admin").get("/api/v1/assignments?respondentId=r-1").jsonPath().getList("items")).hasSize(1);
        Response other = fixture.as("service").header("Idempotency-Key", "rel-43/check-in-1").body(body.subList(0, 1)).post("/api/v1/assignments/bulk");
        assertThat(other.jsonPath().getString("results[0].assignment.id")).isNotEqualTo(first.jsonPath().getString("results[0].assignment.id"));
        assertThat(fixture.as("admin").get("/api/v1/assignments?respondentId=r-1").jsonPath().getList("items")).hasSize(2);
    }

    @Test
    void managersListAProgrammesOverdueCheckInsByRelationshipAndWave() {
        String programme = java.util.UUID.randomUUID().toString();
        String relationship = java.util.UUID.randomUUID().toString();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<Map<String, Object>> body = List.of(
                checkIn("late-1", programme, relationship, "check-in-1", today.minusDays(3)),
                checkIn("late-2", programme, relationship, "check-in-1", today.minusDays(1)),
                checkIn("on-time", programme, relationship, "check-in-2", today.plusDays(5)),
                checkIn("other-programme", java.util.UUID.randomUUID().toString(), relationship, "check-in-1", today.minusDays(3)));
        Response created = fixture.as("service").body(body).post("/api/v1/assignments/bulk");
        assertThat(created.jsonPath().getList("results.outcome", String.class)).containsOnly("created");
        String submitted = created.jsonPath().getString("results[1].assignment.id");
        fixture.submit(submitted, SurveyFixture.VALID_ANSWERS).then().statusCode(200);

        Response overdue = fixture.as("programme-manager").get("/api/v1/assignments?programmeId=" + programme + "&overdue=true");
        assertThat(overdue.jsonPath().getList("items.respondentId", String.class)).as("open and past due").containsExactly("late-1");
        assertThat(fixture.as("programme-manager").get("/api/v1/assignments?programmeId=" + programme + "&overdue=false")
                .jsonPath().getList("items.respondentId", String.class)).containsExactlyInAnyOrder("late-2", "on-time");
        assertThat(fixture.as("programme-manager").get("/api/v1/assignments?relationshipId=" + relationship + "&wave=check-in-2")
                .jsonPath().getList("items.respondentId", String.class)).containsExactly("on-time");
        assertThat(new SurveyFixture().as("programme-manager").get("/api/v1/assignments?programmeId=" + programme + "&overdue=true")
                .jsonPath().getList("items")).isEmpty();
        assertThat(fixture.as("programme-manager").get("/api/v1/assignments?overdue=maybe").statusCode()).isEqualTo(400);
    }

    private Map<String, Object> checkIn(String respondent, String programme, String relationship, String wave, java.time.LocalDate due) {
        return Map.of("respondentId", respondent, "instrumentKey", fixture.instrumentKey, "programmeId", programme,
                "relationshipId", relationship, "wave", wave, "dueOn", due.toString());
    }
}
