package io.tandem.matching.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MatchingModesTest extends RunTestBase {

    @Test
    void menteeChoiceRecommendsRankedMentorsAndTheMenteeChooses() {
        fixture.settings(Map.of("mode", "mentee-choice", "recommendations", 2));
        String run = fixture.run().jsonPath().getString("id");
        Response proposals = fixture.as("admin").get("/api/v1/runs/" + run + "/proposals");
        List<Map<String, Object>> e1 = proposals.jsonPath().getList("items.findAll { it.menteeId == 'e1' }");
        assertThat(e1).extracting(p -> p.get("recommendationRank")).containsExactlyInAnyOrder(1, 2);
        Map<String, Object> first = e1.stream().filter(p -> p.get("recommendationRank").equals(1)).findFirst().orElseThrow();
        Map<String, Object> second = e1.stream().filter(p -> p.get("recommendationRank").equals(2)).findFirst().orElseThrow();
        assertThat((Integer) first.get("score")).isGreaterThanOrEqualTo((Integer) second.get("score"));

        fixture.as("programme-manager").post("/api/v1/runs/" + run + "/publish").then().statusCode(200);
        String mentor = (String) first.get("mentorId");
        assertThat(fixture.asPerson("mentor", mentor).body(Map.of("decision", "accept")).post("/api/v1/proposals/" + first.get("id") + "/decision")
                .statusCode()).isEqualTo(409);
        Response chosen = fixture.asPerson("mentee", "e1").body(Map.of("decision", "accept")).post("/api/v1/proposals/" + first.get("id") + "/decision");
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(fixture.as("admin").get("/api/v1/proposals/" + second.get("id")).jsonPath().getString("status")).isEqualTo("withdrawn");
        Response accepted = fixture.asPerson("mentor", mentor).body(Map.of("decision", "accept")).post("/api/v1/proposals/" + first.get("id") + "/decision");
        assertThat(accepted.jsonPath().getString("status")).isEqualTo("accepted");
    }

    @Test
    void stableModeHonoursRankedPreferences() {
        fixture.update(List.of(RunFixture.person("e1", "mentee", 2, "java", null, null, List.of("m2", "m1")),
                RunFixture.person("m2", "mentor", 7, null, "SQL", null, List.of("e1", "e2"))));
        fixture.settings(Map.of("mode", "stable"));
        Response run = fixture.run();
        assertThat(run.statusCode()).isEqualTo(201);
        Map<String, Map<String, Object>> proposals = fixture.proposals(run.jsonPath().getString("id"));
        assertThat(proposals.get("e1").get("mentorId")).isEqualTo("m2");
        assertThat(proposals.get("e2").get("mentorId")).isEqualTo("m1");
        assertThat(run.jsonPath().getString("unmatchedMentees.find { it.personId == 'e3' }.reason")).startsWith("no stable partner");
    }
}
