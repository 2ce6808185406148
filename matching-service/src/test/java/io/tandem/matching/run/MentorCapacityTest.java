package io.tandem.matching.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule for what fills a mentor's places, seen from every place that asks. */
@QuarkusTest
class MentorCapacityTest extends RunTestBase {

    private void accept(String proposalId, String mentor, String mentee) {
        fixture.asPerson("mentee", mentee).body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposalId + "/decision")
                .then().statusCode(200);
        fixture.asPerson("mentor", mentor).body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposalId + "/decision")
                .then().statusCode(200);
    }

    @Test
    void aSwapCountsPairsAcceptedInEarlierRuns() {
        String first = fixture.run().jsonPath().getString("id");
        fixture.as("programme-manager").post("/api/v1/runs/" + first + "/publish").then().statusCode(200);
        accept((String) fixture.proposals(first).get("e1").get("id"), "m1", "e1");
        fixture.update(List.of(RunFixture.person("e5", "mentee", 2, null, "SQL", null, List.of())));

        String second = fixture.run().jsonPath().getString("id");
        Map<String, Object> e5 = fixture.proposals(second).get("e5");
        assertThat(e5.get("mentorId")).isEqualTo("m2");
        Response swap = fixture.as("programme-manager").body(Map.of("mentorId", "m1")).put("/api/v1/proposals/" + e5.get("id") + "/mentor");
        assertThat(swap.statusCode()).as(swap.asString()).isEqualTo(409); // m1 holds e1 from the first run and has room for one
        assertThat(swap.jsonPath().getString("detail")).contains("1 of 1");
    }

    @Test
    void recommendationsNobodyChoseLeaveTheMentorsPlacesOpen() {
        fixture.settings(Map.of("mode", "mentee-choice", "recommendations", 3));
        fixture.update(List.of(Map.of("personId", "m1", "role", "mentor", "careerStage", 6, "mentorCapacity", 2,
                "timeZone", "Europe/Lisbon", "skillsOffered", List.of("Java"))));
        String run = fixture.run().jsonPath().getString("id");
        fixture.as("programme-manager").post("/api/v1/runs/" + run + "/publish").then().statusCode(200);
        String participants = "/api/v1/programmes/" + fixture.programme + "/participants?capacityLeft=true";
        assertThat(fixture.as("admin").get(participants).jsonPath().getList("items.personId", String.class))
                .containsExactly("m1", "m2", "m3");

        String e1m2 = (String) fixture.as("admin").get("/api/v1/runs/" + run + "/proposals").jsonPath()
                .getList("items.findAll { it.menteeId == 'e1' && it.mentorId == 'm2' }.id").get(0);
        fixture.asPerson("mentee", "e1").body(Map.of("decision", "accept")).post("/api/v1/proposals/" + e1m2 + "/decision")
                .then().statusCode(200);
        assertThat(fixture.as("admin").get(participants).jsonPath().getList("items.personId", String.class))
                .containsExactly("m1", "m3"); // m2's one place is held by e1's choice
    }
}
