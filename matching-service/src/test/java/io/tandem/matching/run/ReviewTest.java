package io.tandem.matching.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ReviewTest extends RunTestBase {

    @Test
    void aManagerSwapsAMentorAndSeesTheScoreImpact() {
        String run = fixture.run().jsonPath().getString("id");
        Map<String, Object> e1 = fixture.proposals(run).get("e1");
        assertThat(fixture.as("programme-manager").body(Map.of("mentorId", "m2")).put("/api/v1/proposals/" + e1.get("id") + "/mentor")
                .statusCode()).isEqualTo(409); // m2 already has e2 and room for one
        Map<String, Object> e2 = fixture.proposals(run).get("e2");
        Response swapped = fixture.as("programme-manager").body(Map.of("mentorId", "m1")).put("/api/v1/proposals/" + e2.get("id") + "/mentor");
        assertThat(swapped.statusCode()).isEqualTo(409); // m1 is full with e1
        Response refused = fixture.as("programme-manager").body(Map.of("mentorId", "m3")).put("/api/v1/proposals/" + e2.get("id") + "/mentor");
        assertThat(refused.statusCode()).isEqualTo(400); // m3 was excluded (no motive scores)
    }

    @Test
    void overridesAreShownBesideTheEnginesChoice() {
        // room for three at m2: after the run (e2 and e3) one place is left for the override
        fixture.as("integration").body(java.util.List.of(Map.of("personId", "m2", "role", "mentor", "careerStage", 7, "mentorCapacity", 3,
                "skillsOffered", java.util.List.of("SQL")))).post("/api/v1/programmes/" + fixture.programme + "/participants/bulk");
        String run = fixture.run().jsonPath().getString("id");
        Map<String, Object> e1 = fixture.proposals(run).get("e1");
        Response swapped = fixture.as("programme-manager").body(Map.of("mentorId", "m2")).put("/api/v1/proposals/" + e1.get("id") + "/mentor");
        assertThat(swapped.statusCode()).isEqualTo(200);
        assertThat(swapped.jsonPath().getString("mentorId")).isEqualTo("m2");
        assertThat(swapped.jsonPath().getString("originalMentorId")).isEqualTo("m1");
        assertThat(swapped.jsonPath().getInt("originalScore")).isEqualTo(((Number) e1.get("score")).intValue());
        assertThat(swapped.jsonPath().getInt("score")).isLessThan(swapped.jsonPath().getInt("originalScore"));
    }

    @Test
    void publishedProposalsAreAnsweredByBothSidesAndAcceptedPairsStayOnReRun() {
        String run = fixture.run().jsonPath().getString("id");
        Map<String, Object> e1 = fixture.proposals(run).get("e1");
        String proposal = (String) e1.get("id");
        assertThat(fixture.asPerson("mentee", "e1").get("/api/v1/proposals/" + proposal).statusCode()).isEqualTo(404); // not published yet
        assertThat(fixture.asPerson("mentee", "e1").body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposal + "/decision")
                .statusCode()).isEqualTo(404);

        Response published = fixture.as("programme-manager").post("/api/v1/runs/" + run + "/publish");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.jsonPath().getString("publishedAt")).isNotNull();
        assertThat(fixture.as("programme-manager").post("/api/v1/runs/" + run + "/publish").statusCode()).isEqualTo(409);

        assertThat(fixture.asPerson("mentee", "e2").body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposal + "/decision")
                .statusCode()).isEqualTo(404);
        Response half = fixture.asPerson("mentee", "e1").body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposal + "/decision");
        assertThat(half.jsonPath().getString("status")).isEqualTo("published");
        assertThat(half.jsonPath().getString("menteeDecision")).isEqualTo("accepted");
        Response both = fixture.asPerson("mentor", "m1").body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposal + "/decision");
        assertThat(both.jsonPath().getString("status")).isEqualTo("accepted");
        String e2proposal = (String) fixture.proposals(run).get("e2").get("id");
        assertThat(fixture.asPerson("mentor", "m2").body(Map.of("decision", "decline")).post("/api/v1/proposals/" + e2proposal + "/decision")
                .jsonPath().getString("status")).isEqualTo("declined");

        assertThat(fixture.asPerson("mentee", "e1").get("/api/v1/proposals").jsonPath().getList("items.id")).containsExactly(proposal);

        String participants = "/api/v1/programmes/" + fixture.programme + "/participants";
        assertThat(fixture.as("admin").get(participants + "?matched=true").jsonPath().getList("items.personId", String.class))
                .containsExactly("m1", "e1");
        assertThat(fixture.as("admin").get(participants + "?capacityLeft=true").jsonPath().getList("items.personId", String.class))
                .containsExactly("m2", "m3");
        assertThat(fixture.as("admin").get(participants + "?missingRequiredSurveys=true").jsonPath().getList("items.personId", String.class))
                .containsExactly("m3");
        assertThat(fixture.as("admin").get(participants + "?missingRequiredSurveys=false&role=mentor").jsonPath().getList("items.personId", String.class))
                .containsExactly("m1", "m2");

        Response rerun = fixture.run();
        assertThat(rerun.jsonPath().getInt("summary.fixedPairs")).isEqualTo(1);
        assertThat(fixture.proposals(rerun.jsonPath().getString("id"))).doesNotContainKey("e1");
        fixture.proposals(rerun.jsonPath().getString("id")).values().forEach(p -> assertThat(p.get("mentorId")).isNotEqualTo("m1"));
    }

    @Test
    void anotherTenantCannotSeeOrTouchProposals() {
        String run = fixture.run().jsonPath().getString("id");
        String proposal = (String) fixture.proposals(run).get("e1").get("id");
        var stranger = io.restassured.RestAssured.given()
                .header("Authorization", io.tandem.testsupport.Tokens.bearer("admin", "t-" + java.util.UUID.randomUUID()))
                .contentType(io.restassured.http.ContentType.JSON);
        assertThat(stranger.get("/api/v1/proposals/" + proposal).statusCode()).isEqualTo(404);
        assertThat(stranger.body(Map.of("mentorId", "m2")).put("/api/v1/proposals/" + proposal + "/mentor").statusCode()).isEqualTo(404);
        assertThat(io.restassured.RestAssured.given()
                .header("Authorization", io.tandem.testsupport.Tokens.bearer("admin", "t-" + java.util.UUID.randomUUID()))
                .post("/api/v1/runs/" + run + "/publish").statusCode()).isEqualTo(404);
        assertThat(fixture.asPerson("mentee", "e1").body(Map.of("mentorId", "m2")).put("/api/v1/proposals/" + proposal + "/mentor")
                .statusCode()).isEqualTo(403);
    }
}
