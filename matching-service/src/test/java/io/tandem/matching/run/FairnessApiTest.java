package io.tandem.matching.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fairness report counts people, not proposals, treats a declined proposal as no match, and follows the tenant's disclosure setting. */
@QuarkusTest
class FairnessApiTest extends RunTestBase {

    @BeforeEach
    void sixMentees() {
        Map<String, Object> e5 = RunFixture.person("e5", "mentee", 2, "sql", null, null, List.of());
        Map<String, Object> e6 = RunFixture.person("e6", "mentee", 2, "java", null, null, List.of());
        fixture.update(List.of(e5, e6));
    }

    @Test
    void aMenteeWithSeveralRecommendationsCountsOnce() {
        fixture.settings(Map.of("mode", "mentee-choice", "recommendations", 2));
        String run = fixture.run().jsonPath().getString("id");
        assertThat(fixture.as("admin").get("/api/v1/runs/" + run + "/proposals").jsonPath().getList("items")).hasSizeGreaterThan(6);
        Response fairness = fixture.as("researcher").get("/api/v1/runs/" + run + "/fairness");
        assertThat(fairness.statusCode()).as(fairness.asString()).isEqualTo(200);
        assertThat(fairness.jsonPath().getInt("overall.people")).isEqualTo(6);
        assertThat(fairness.jsonPath().getInt("overall.matched")).isLessThanOrEqualTo(6);
        assertThat(fairness.jsonPath().getMap("overall")).doesNotContainKeys("min", "max");
    }

    @Test
    void aDeclinedProposalIsNotAMatchAndTheRateHasAWilsonInterval() {
        String run = fixture.run().jsonPath().getString("id");
        Map<String, Map<String, Object>> proposals = fixture.proposals(run);
        int matchedBefore = fixture.as("researcher").get("/api/v1/runs/" + run + "/fairness").jsonPath().getInt("overall.matched");
        fixture.as("programme-manager").post("/api/v1/runs/" + run + "/publish").then().statusCode(200);
        Map<String, Object> e1 = proposals.get("e1");
        fixture.asPerson("mentor", (String) e1.get("mentorId")).body(Map.of("decision", "decline"))
                .post("/api/v1/proposals/" + e1.get("id") + "/decision").then().statusCode(200);
        Response fairness = fixture.as("researcher").get("/api/v1/runs/" + run + "/fairness");
        int matched = fairness.jsonPath().getInt("overall.matched");
        assertThat(matched).isEqualTo(matchedBefore - 1);
        assertThat(fairness.jsonPath().getDouble("overall.matchRate")).isCloseTo(matched / 6.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(fairness.jsonPath().getDouble("overall.matchRateLow")).isLessThan(matched / 6.0);
        assertThat(fairness.jsonPath().getDouble("overall.matchRateHigh")).isGreaterThan(matched / 6.0);
    }

    @Test
    void theMinimumGroupSizeIsTheTenantsSettingButNeverBelowFive() {
        String run = fixture.run().jsonPath().getString("id");
        assertThat(fixture.as("researcher").get("/api/v1/runs/" + run + "/fairness").jsonPath().getInt("minGroupSize")).isEqualTo(5);
        replaceMinimum(7).then().statusCode(200);
        Response raised = fixture.as("researcher").get("/api/v1/runs/" + run + "/fairness");
        assertThat(raised.jsonPath().getInt("minGroupSize")).isEqualTo(7);
        assertThat(raised.jsonPath().getString("overall")).as("six mentees are fewer than seven").isNull();
        replaceMinimum(3).then().statusCode(200);
        assertThat(fixture.as("researcher").get("/api/v1/runs/" + run + "/fairness").jsonPath().getInt("minGroupSize")).isEqualTo(5);
    }

    @Test
    void disclosureSettingsAreValidatedVersionedAndPerTenant() {
        Response defaults = fixture.as("admin").get("/api/v1/settings/disclosure");
        assertThat(defaults.jsonPath().getInt("minGroupSize")).isEqualTo(5);
        assertThat(fixture.as("admin").body(Map.of("minGroupSize", 8)).put("/api/v1/settings/disclosure").statusCode()).isEqualTo(428);
        Response tooSmall = fixture.as("admin").header("If-Match", defaults.header("ETag")).body(Map.of("minGroupSize", 2))
                .put("/api/v1/settings/disclosure");
        assertThat(tooSmall.statusCode()).isEqualTo(400);
        assertThat(tooSmall.contentType()).startsWith("application/problem+json");
        assertThat(fixture.as("programme-manager").header("If-Match", defaults.header("ETag")).body(Map.of("minGroupSize", 8))
                .put("/api/v1/settings/disclosure").statusCode()).isEqualTo(403);
        replaceMinimum(8).then().statusCode(200);
        assertThat(fixture.as("admin").header("If-Match", defaults.header("ETag")).body(Map.of("minGroupSize", 9))
                .put("/api/v1/settings/disclosure").statusCode()).as("stale ETag").isEqualTo(412);
        assertThat(new RunFixture().as("admin").get("/api/v1/settings/disclosure").jsonPath().getInt("minGroupSize")).isEqualTo(5);
    }

    private Response replaceMinimum(int minimum) {
        String etag = fixture.as("admin").get("/api/v1/settings/disclosure").header("ETag");
        return fixture.as("admin").header("If-Match", etag).body(Map.of("minGroupSize", minimum)).put("/api/v1/settings/disclosure");
    }
}
