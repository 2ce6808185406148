package io.tandem.survey.response;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
class ResponseSubmissionTest {

    private SurveyFixture fixture;

    @BeforeEach
    void newTenantWithPublishedInstrument() {
        fixture = new SurveyFixture();
    }

    private String draftPath(String assignmentId) {
        return "/api/v1/assignments/" + assignmentId + "/response";
    }

    @Test
    void savesDraftsWithOptimisticLockingThenSubmitsTheDraft() {
        String assignment = fixture.assign("emp-1");
        Response first = fixture.asPerson("mentee", "emp-1").body("{\"answers\": {\"q1\": 4}}").put(draftPath(assignment));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.jsonPath().getString("status")).isEqualTo("draft");

        String complete = "{\"answers\": " + SurveyFixture.VALID_ANSWERS + "}";
        assertThat(fixture.asPerson("mentee", "emp-1").body(complete).put(draftPath(assignment)).statusCode()).isEqualTo(428);
        Response second = fixture.asPerson("mentee", "emp-1").header("If-Match", first.header("ETag")).body(complete).put(draftPath(assignment));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(fixture.asPerson("mentee", "emp-1").header("If-Match", first.header("ETag")).body(complete).put(draftPath(assignment))
                .statusCode()).isEqualTo(412);

        Response wrongType = fixture.asPerson("mentee", "emp-1").header("If-Match", second.header("ETag"))
                .body("{\"answers\": {\"q1\": \"four\"}}").put(draftPath(assignment));
        assertThat(wrongType.statusCode()).isEqualTo(422);

        Response submitted = fixture.asPerson("mentee", "emp-1").post(draftPath(assignment) + "/submit");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.jsonPath().getString("status")).isEqualTo("submitted");
        assertThat(submitted.jsonPath().getInt("answers.q1")).isEqualTo(4);
        assertThat(fixture.as("admin").get("/api/v1/assignments/" + assignment).jsonPath().getString("status")).isEqualTo("submitted");
    }

    @Test
    void submissionStoresScalesAndBandedIndices() {
        Response submitted = fixture.submit(fixture.assign("emp-2"), SurveyFixture.VALID_ANSWERS);
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.jsonPath().getDouble("scores.find { it.key == 'engagement' }.value")).isCloseTo(13.0 / 3, within(1e-5));
        assertThat(submitted.jsonPath().getDouble("scores.find { it.key == 'support' }.value")).isEqualTo(9.0);
        assertThat(submitted.jsonPath().getString("scores.find { it.key == 'balance' }.label")).isEqualTo("low");
    }

    @Test
    void tooFewAnsweredItemsGiveANullScoreWithTheReason() {
        Response submitted = fixture.submit(fixture.assign("emp-3"), "{\"q1\": 4, \"q2\": 5, \"has-mentor\": false}");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.jsonPath().getString("scores.find { it.key == 'engagement' }.value")).isNull();
        assertThat(submitted.jsonPath().getString("scores.find { it.key == 'engagement' }.missingReason")).contains("only 2 of 3");
    }

    @Test
    void refusedSubmitListsEveryProblemAndStoresNothing() {
        String assignment = fixture.assign("emp-4");
        Response refused = fixture.submit(assignment, "{\"q1\": 9, \"has-mentor\": false, \"q4\": 2, \"channel\": \"fax\", \"comment\": 5}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactlyInAnyOrder(
                "answers.q1", "answers.q2", "answers.q4", "answers.channel", "answers.comment");
        assertThat(fixture.as("admin").get(draftPath(assignment)).statusCode()).isEqualTo(404);
        assertThat(fixture.as("admin").get("/api/v1/assignments/" + assignment).jsonPath().getString("status")).isEqualTo("open");
        assertThat(fixture.as("admin").get("/api/v1/people/emp-4/scores").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aRetriedSubmitWithTheSameKeyNeverCreatesTwo() {
        String assignment = fixture.assign("emp-5");
        String body = "{\"answers\": " + SurveyFixture.VALID_ANSWERS + "}";
        Response first = fixture.asPerson("mentor", "emp-5").header("Idempotency-Key", "tap-1").body(body).post(draftPath(assignment) + "/submit");
        Response retry = fixture.asPerson("mentor", "emp-5").header("Idempotency-Key", "tap-1").body(body).post(draftPath(assignment) + "/submit");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(fixture.asPerson("mentor", "emp-5").header("Idempotency-Key", "tap-2").body(body).post(draftPath(assignment) + "/submit")
                .statusCode()).isEqualTo(409);
        assertThat(fixture.as("admin").get("/api/v1/people/emp-5/scores").jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void submittedResponsesAreImmutable() {
        String assignment = fixture.assign("emp-6");
        Response submitted = fixture.submit(assignment, SurveyFixture.VALID_ANSWERS);
        Response change = fixture.as("admin").header("If-Match", submitted.header("ETag")).body("{\"answers\": {\"q1\": 1}}").put(draftPath(assignment));
        assertThat(change.statusCode()).isEqualTo(409);
        assertThat(fixture.as("admin").get("/api/v1/responses/" + submitted.jsonPath().getString("id")).jsonPath().getInt("answers.q1")).isEqualTo(4);
    }

    @Test
    void onlyTheRespondentOrAnIntegrationMayAnswer() {
        String assignment = fixture.assign("emp-7");
        assertThat(fixture.asPerson("mentee", "emp-8").body(Map.of("answers", Map.of())).put(draftPath(assignment)).statusCode()).isEqualTo(404);
        assertThat(fixture.as("programme-manager").body(Map.of("answers", Map.of())).put(draftPath(assignment)).statusCode()).isEqualTo(403);
        assertThat(fixture.as("integration").body(Map.of("answers", Map.of("q1", 2))).put(draftPath(assignment)).statusCode()).isEqualTo(201);
    }

    @Test
    void anotherTenantsResponseReadsAsNotFound() {
        String id = fixture.submit(fixture.assign("emp-9"), SurveyFixture.VALID_ANSWERS).jsonPath().getString("id");
        SurveyFixture other = new SurveyFixture();
        assertThat(other.as("admin").get("/api/v1/responses/" + id).statusCode()).isEqualTo(404);
        assertThat(fixture.asPerson("mentee", "emp-10").get("/api/v1/responses/" + id).statusCode()).isEqualTo(404);
        assertThat(fixture.asPerson("mentee", "emp-9").get("/api/v1/responses/" + id).statusCode()).isEqualTo(200);
    }

    /** Raw answers are private: the respondent, admins and the integration role read them; staff who analyse get aggregates only. */
    @Test
    void onlyTheRespondentAdminsAndIntegrationsReadAnswers() {
        String id = fixture.submit(fixture.assign("emp-11"), SurveyFixture.VALID_ANSWERS).jsonPath().getString("id");
        assertThat(fixture.as("programme-manager").get("/api/v1/responses/" + id).statusCode()).isEqualTo(403);
        assertThat(fixture.as("researcher").get("/api/v1/responses/" + id).statusCode()).isEqualTo(403);
        assertThat(fixture.as("integration").get("/api/v1/responses/" + id).statusCode()).isEqualTo(200);
        assertThat(fixture.as("admin").get("/api/v1/responses/" + id).statusCode()).isEqualTo(200);
        assertThat(fixture.asPerson("mentee", "emp-11").get("/api/v1/responses/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void submissionsAndStaffReadsOfAnswersAreAuditedButTheRespondentsOwnReadIsNot() {
        String assignment = fixture.assign("emp-12");
        String id = fixture.submit(assignment, SurveyFixture.VALID_ANSWERS).jsonPath().getString("id");
        fixture.asPerson("mentee", "emp-12").get("/api/v1/responses/" + id).then().statusCode(200);
        fixture.as("integration").get("/api/v1/responses/" + id).then().statusCode(200);
        fixture.as("integration").get("/api/v1/responses/" + java.util.UUID.randomUUID()).then().statusCode(404);

        io.restassured.path.json.JsonPath reads = fixture.as("admin").get("/api/v1/audit-events?resource=/api/v1/responses/" + id).jsonPath();
        assertThat(reads.getList("items.method", String.class)).containsExactly("GET");
        assertThat(reads.getString("items[0].operation")).isEqualTo("getResponse");
        assertThat(reads.getString("items[0].roles")).isEqualTo("integration");
        io.restassured.path.json.JsonPath submits = fixture.as("admin").get("/api/v1/audit-events?operation=submitResponse").jsonPath();
        assertThat(submits.getList("items.resource", String.class)).contains("/api/v1/assignments/" + assignment + "/response/submit");
    }
}
