package io.tandem.matching.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.matching.survey.SurveyServiceStub;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MatchingRunTest extends RunTestBase {

    private String tenant;
    private String programme;

    @BeforeEach
    void names() {
        tenant = fixture.tenant;
        programme = fixture.programme;
    }

    private RequestSpecification as(String role) {
        return fixture.as(role);
    }

    private Response run() {
        return fixture.run();
    }

    @Test
    void matchesOptimallyAndExplainsWhoWasLeftOutAndWhy() {
        Response run = run();
        assertThat(run.statusCode()).isEqualTo(201);
        assertThat(run.jsonPath().getInt("summary.mentors")).isEqualTo(3);
        assertThat(run.jsonPath().getInt("summary.eligibleMentors")).isEqualTo(2);
        assertThat(run.jsonPath().getInt("summary.matched")).isEqualTo(2);
        assertThat(run.jsonPath().getString("inputHash")).hasSize(64);
        assertThat(run.jsonPath().getString("excludedMentors[0].personId")).isEqualTo("m3");
        assertThat(run.jsonPath().getString("excludedMentors[0].reason")).isEqualTo("has not completed mentor-motives");
        Map<String, String> unmatched = new HashMap<>();
        run.jsonPath().getList("unmatchedMentees", Map.class).forEach(m -> unmatched.put((String) m.get("personId"), (String) m.get("reason")));
        assertThat(unmatched).containsOnlyKeys("e3", "e4");
        assertThat(unmatched.get("e4")).startsWith("no allowed mentor");
        assertThat(unmatched.get("e3")).startsWith("capacity exhausted");
        // one batched call per instrument: the mentors' motives and the mentees' needs
        SurveyServiceStub.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/scores/query"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.instrumentKey",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("mentor-motives"))));
        SurveyServiceStub.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/scores/query"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.instrumentKey",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("mentee-needs"))));

        Response proposals = as("admin").get("/api/v1/runs/" + run.jsonPath().getString("id") + "/proposals");
        Map<String, String> pairs = new HashMap<>();
        proposals.jsonPath().getList("items", Map.class).forEach(p -> pairs.put((String) p.get("menteeId"), (String) p.get("mentorId")));
        assertThat(pairs).containsExactlyInAnyOrderEntriesOf(Map.of("e1", "m1", "e2", "m2"));
        assertThat(proposals.jsonPath().getList("items[0].factors.factor", String.class))
                .containsExactly("goal-fit", "reciprocity", "identification", "motive-fit", "logistics");
        assertThat(proposals.jsonPath().getString("items[0].factors[0].explanation")).contains("learning goals");
    }

    @Test
    void aRunCarriesItsTraceAndRequestIdAcrossTheHopToSurveyService() {
        Response response = as("programme-manager").header("X-Request-Id", "hr-platform-42")
                .post("/api/v1/programmes/" + programme + "/runs");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.header("X-Request-Id")).isEqualTo("hr-platform-42");
        var calls = SurveyServiceStub.server.findAll(postRequestedFor(urlEqualTo("/api/v1/scores/query")));
        assertThat(calls).isNotEmpty();
        // W3C trace context: version-traceid-spanid-flags, so survey-service's spans join the same trace
        assertThat(calls.get(calls.size() - 1).getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void explainsAPairRemovedByAHardRule() {
        Response chain = as("programme-manager").get("/api/v1/programmes/" + programme + "/pairs/m1/e3");
        assertThat(chain.statusCode()).isEqualTo(200);
        assertThat(chain.jsonPath().getBoolean("allowed")).isFalse();
        assertThat(chain.jsonPath().getString("removedBy")).isEqualTo("management-chain");
        assertThat(chain.jsonPath().getString("reason")).isEqualTo("m1 is in e3's management chain");
        Response fine = as("programme-manager").get("/api/v1/programmes/" + programme + "/pairs/m1/e1");
        assertThat(fine.jsonPath().getInt("score")).isBetween(0, 1000);
        assertThat(as("programme-manager").get("/api/v1/programmes/" + programme + "/pairs/m1/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void aSecondRunAvoidsEarlierPairs() {
        run().then().statusCode(201);
        Response second = run();
        Response proposals = as("admin").get("/api/v1/runs/" + second.jsonPath().getString("id") + "/proposals");
        proposals.jsonPath().getList("items", Map.class).forEach(p ->
                assertThat(List.of(p.get("mentorId"), p.get("menteeId"))).isNotIn(List.of("m1", "e1"), List.of("m2", "e2")));
        assertThat(second.jsonPath().getString("inputHash")).isNotEqualTo(run().jsonPath().getString("inputHash"));
    }

    @Test
    void aRunRetriedWithItsIdempotencyKeyIsMadeOnceAndAFailedOneMayBeRetried() {
        String path = "/api/v1/programmes/" + programme + "/runs";
        SurveyServiceStub.server.resetAll();
        SurveyServiceStub.server.stubFor(post(urlEqualTo("/api/v1/scores/query")).willReturn(aResponse().withStatus(503)));
        assertThat(as("programme-manager").header("Idempotency-Key", "run-1").post(path).statusCode()).isEqualTo(503);

        // the failed call released its key: the retry runs, and a second retry answers with the same run
        SurveyServiceStub.server.resetAll();
        breakers.resetAll();
        fixture.stubScores();
        Response first = as("programme-manager").header("Idempotency-Key", "run-1").post(path);
        Response again = as("programme-manager").header("Idempotency-Key", "run-1").post(path);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(as("programme-manager").header("Idempotency-Key", "run-1").post("/api/v1/programmes/" + UUID.randomUUID() + "/runs")
                .statusCode()).as("the key with another request").isEqualTo(422);
    }

    @Test
    void failsFastWithAProblemWhenSurveyServiceIsDown() {
        SurveyServiceStub.server.resetAll();
        SurveyServiceStub.server.stubFor(post(urlEqualTo("/api/v1/scores/query")).willReturn(aResponse().withStatus(503)));
        Response down = run();
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.contentType()).startsWith("application/problem+json");
        assertThat(down.jsonPath().getString("detail")).contains("survey-service");
    }

    @Test
    void runsBelongToTheirTenantAndManagers() {
        String runId = run().jsonPath().getString("id");
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).get("/api/v1/runs/" + runId).statusCode())
                .isEqualTo(404);
        assertThat(as("mentee").post("/api/v1/programmes/" + programme + "/runs").statusCode()).isEqualTo(403);
        as("programme-manager").body(Map.of("status", "matching")).post("/api/v1/programmes/" + programme + "/status");
        as("programme-manager").body(Map.of("status", "running")).post("/api/v1/programmes/" + programme + "/status");
        assertThat(run().statusCode()).isEqualTo(409);
    }

    @Test
    void fairnessReportCoversEveryMenteeOfTheRun() {
        String runId = run().jsonPath().getString("id");
        Response fairness = as("researcher").get("/api/v1/runs/" + runId + "/fairness");
        assertThat(fairness.statusCode()).isEqualTo(200);
        assertThat(fairness.jsonPath().getInt("minGroupSize")).isEqualTo(5);
        assertThat(fairness.jsonPath().getString("overall")).as("four mentees are fewer than the minimum group").isNull();
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                .get("/api/v1/runs/" + runId + "/fairness").statusCode()).isEqualTo(404);
    }
}
