package io.tandem.matching.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.matching.survey.SurveyServiceStub;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Compatibility through the API: what participants may see, measured support need, motive use, the HR management chain. */
@QuarkusTest
class CompatibilityApiTest extends RunTestBase {

    private static final String NEEDS = """
            {"instrumentKey": "mentee-needs", "people": [
              {"personId": "e1", "scores": {"support-need": {"value": 6.4}}},
              {"personId": "e2", "scores": {"support-need": {"value": 2.2}}}],
             "withoutScores": ["e3", "e4"]}""";

    private void stubNeeds() {
        SurveyServiceStub.server.stubFor(post(urlEqualTo("/api/v1/scores/query"))
                .withRequestBody(matchingJsonPath("$.instrumentKey", equalTo("mentee-needs")))
                .atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(NEEDS)));
    }

    @Test
    void participantsSeeOnlyFactorsBuiltFromProfilesWhileStaffSeeAll() {
        stubNeeds();
        String run = fixture.run().jsonPath().getString("id");
        fixture.as("programme-manager").post("/api/v1/runs/" + run + "/publish").then().statusCode(200);
        Map<String, Object> e1 = fixture.proposals(run).get("e1");
        List<String> staff = fixture.as("admin").get("/api/v1/proposals/" + e1.get("id")).jsonPath().getList("factors.factor", String.class);
        assertThat(staff).contains("motive-fit");
        for (Response seen : List.of(fixture.asPerson("mentee", "e1").get("/api/v1/proposals/" + e1.get("id")),
                fixture.asPerson("mentor", (String) e1.get("mentorId")).get("/api/v1/proposals/" + e1.get("id")),
                fixture.asPerson("mentee", "e1").get("/api/v1/proposals?personId=e1"))) {
            assertThat(seen.statusCode()).as(seen.asString()).isEqualTo(200);
            assertThat(seen.asString()).doesNotContain("motive-fit").doesNotContain("other-focused").doesNotContain("need for support");
        }
    }

    @Test
    void theMenteesMeasuredNeedWeightsMotiveFitAndAnUnmeasuredNeedLeavesItOut() {
        stubNeeds();
        Response needy = explain("m1", "e1");
        Map<String, Object> motive = factor(needy, "motive-fit");
        assertThat(motive.get("noData")).isEqualTo(false);
        // m1: other 6, self 2 on 1..7 -> g = (5/6 + 5/6) / 2; e1 need (6.4 - 1) / 6 = 0.9: 1000 (0.9 g + 0.05) = 800
        assertThat(motive.get("score")).isEqualTo(800);
        assertThat(factor(explain("m1", "e2"), "motive-fit").get("score")).isEqualTo(567);
        Map<String, Object> unmeasured = factor(explain("m2", "e3"), "motive-fit");
        assertThat(unmeasured.get("noData")).isEqualTo(true);
        assertThat((String) unmeasured.get("explanation")).contains("not measured");
        SurveyServiceStub.server.verify(postRequestedFor(urlEqualTo("/api/v1/scores/query"))
                .withRequestBody(matchingJsonPath("$.instrumentKey", equalTo("mentee-needs"))));
    }

    @Test
    void aMonitorOnlyProgrammeStoresMotiveFitWithoutWeight() {
        stubNeeds();
        fixture.settings(Map.of("motiveUse", "monitor-only", "maxScoreAgeDays", 365));
        String run = fixture.run().jsonPath().getString("id");
        Map<String, Object> motive = fixture.as("admin").get("/api/v1/runs/" + run + "/proposals").jsonPath()
                .getMap("items.find { it.menteeId == 'e1' }.factors.find { it.factor == 'motive-fit' }");
        assertThat(motive.get("weight")).isEqualTo(0);
        assertThat(motive.get("noData")).isEqualTo(false);
        SurveyServiceStub.server.verify(postRequestedFor(urlEqualTo("/api/v1/scores/query"))
                .withRequestBody(matchingJsonPath("$.maxAgeDays", equalTo("365"))));
        Map<String, Object> body = new HashMap<>(Map.of("name", "Only motives", "type", "classic", "startsOn", "2027-02-01", "endsOn", "2027-11-30",
                "defaultMentorCapacity", 1));
        body.put("settings", Map.of("motiveUse", "monitor-only",
                "weights", Map.of("goalFit", 0, "reciprocity", 0, "identification", 0, "motiveFit", 100, "logistics", 0)));
        Response refused = fixture.as("programme-manager").body(body).post("/api/v1/programmes");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("monitor-only");
    }

    @Test
    void theHrManagementChainRemovesASkipLevelManagerWhoseMiddleManagerIsNotEnrolled() {
        Map<String, Object> e5 = RunFixture.person("e5", "mentee", 2, "sql", null, null, List.of());
        e5.put("managerId", "not-enrolled");
        fixture.update(List.of(e5));
        assertThat(explain("m2", "e5").jsonPath().getBoolean("allowed")).isTrue();
        e5.put("managerChain", List.of("not-enrolled", "m2"));
        fixture.update(List.of(e5));
        Response removed = explain("m2", "e5");
        assertThat(removed.jsonPath().getString("removedBy")).isEqualTo("management-chain");
        assertThat(fixture.as("admin").get("/api/v1/programmes/" + fixture.programme + "/participants?personId=e5").asString())
                .contains("not-enrolled");
    }

    @Test
    void theMotiveAndNeedsInstrumentsAreProgrammeSettings() {
        fixture.settings(Map.of("motiveInstrument", "our-motives", "needsInstrument", "our-needs", "requiredInstruments", List.of()));
        fixture.run().then().statusCode(201);
        for (String key : List.of("our-motives", "our-needs")) {
            SurveyServiceStub.server.verify(postRequestedFor(urlEqualTo("/api/v1/scores/query"))
                    .withRequestBody(matchingJsonPath("$.instrumentKey", equalTo(key))));
        }
        Map<String, Object> body = new HashMap<>(Map.of("name", "Bad key", "type", "classic", "startsOn", "2027-02-01", "endsOn", "2027-11-30",
                "defaultMentorCapacity", 1));
        body.put("settings", Map.of("motiveInstrument", "Not A Key"));
        assertThat(fixture.as("programme-manager").body(body).post("/api/v1/programmes").statusCode()).isEqualTo(400);
    }

    private Response explain(String mentor, String mentee) {
        Response explained = fixture.as("programme-manager").get("/api/v1/programmes/" + fixture.programme + "/pairs/" + mentor + "/" + mentee);
        assertThat(explained.statusCode()).as(explained.asString()).isEqualTo(200);
        return explained;
    }

    private static Map<String, Object> factor(Response explained, String factor) {
        return explained.jsonPath().getMap("factors.find { it.factor == '" + factor + "' }");
    }
}
