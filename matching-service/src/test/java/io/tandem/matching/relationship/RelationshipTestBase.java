package io.tandem.matching.relationship;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tandem.matching.survey.SurveyServiceStub;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A tenant with a classic programme in matching (mentors m1, m2; mentees e1, e2) and the helpers relationship tests share. */
@QuarkusTestResource(SurveyServiceStub.class)
public abstract class RelationshipTestBase {

    private static final String MOTIVES = """
            {"instrumentKey": "mentor-motives", "people": [
              {"personId": "m1", "scores": {"other-focused": {"value": 6.0}, "self-focused": {"value": 2.0}}},
              {"personId": "m2", "scores": {"other-focused": {"value": 5.0}, "self-focused": {"value": 3.0}}}],
             "withoutScores": []}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    protected final String tenant = "t-" + UUID.randomUUID();
    protected String programme;

    @BeforeEach
    void programmeInMatching() {
        breakers.resetAll();
        SurveyServiceStub.server.resetAll();
        SurveyServiceStub.server.stubFor(post(urlEqualTo("/api/v1/scores/query")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(MOTIVES)));
        programme = as("programme-manager").body(Map.of("name", "Pairs", "type", "classic", "startsOn", "2026-01-01",
                "endsOn", "2027-12-31", "defaultMentorCapacity", 1)).post("/api/v1/programmes").jsonPath().getString("id");
        status("enrolling");
        as("integration").body(List.of(person("m1", "mentor", 6, null, "java"), person("m2", "mentor", 7, null, "sql"),
                person("e1", "mentee", 2, "java", null), person("e2", "mentee", 2, "sql", null)))
                .post("/api/v1/programmes/" + programme + "/participants/bulk").then().statusCode(200);
        status("matching");
    }

    // --- helpers -----------------------------------------------------------------------------

    protected String started() {
        return startedFor("e1", "m1");
    }

    protected String startedFor(String mentee, String mentor) {
        String proposal = publishedProposalOf(mentee);
        decide("mentor", mentor, proposal);
        decide("mentee", mentee, proposal);
        return asPerson("mentee", mentee).get("/api/v1/me/relationships").jsonPath().getString("items[0].id");
    }

    String publishedProposal;

    String publishedProposalOf(String mentee) {
        if (publishedProposal == null) {
            String run = as("programme-manager").post("/api/v1/programmes/" + programme + "/runs").jsonPath().getString("id");
            as("programme-manager").post("/api/v1/runs/" + run + "/publish").then().statusCode(200);
            publishedProposal = run;
        }
        return as("admin").get("/api/v1/runs/" + publishedProposal + "/proposals").jsonPath()
                .getString("items.find { it.menteeId == '" + mentee + "' }.id");
    }

    void decide(String role, String person, String proposal) {
        asPerson(role, person).body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposal + "/decision").then().statusCode(200);
    }

    protected Response move(String role, String person, String id, Map<String, Object> move) {
        return asPerson(role, person).body(move).post("/api/v1/relationships/" + id + "/phase");
    }

    List<Map<String, Object>> history(String id) {
        return as("admin").get("/api/v1/relationships/" + id + "/history").jsonPath().getList("items");
    }

    static String id(Map<String, Object> relationship) {
        return (String) relationship.get("id");
    }

    protected void status(String status) {
        as("programme-manager").body(Map.of("status", status)).post("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
    }

    protected RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant)).contentType(ContentType.JSON);
    }

    protected RequestSpecification asPerson(String role, String personId) {
        return given().header("Authorization", Tokens.bearer(role, tenant, personId)).contentType(ContentType.JSON);
    }

    static Map<String, Object> person(String id, String role, int level, String goal, String skill) {
        Map<String, Object> p = new HashMap<>();
        p.put("personId", id);
        p.put("role", role);
        p.put("careerStage", level);
        p.put("mentorCapacity", 1);
        p.put("learningGoals", goal == null ? List.of() : List.of(goal));
        p.put("skillsOffered", skill == null ? List.of() : List.of(skill));
        return p;
    }
}
