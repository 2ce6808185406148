package io.tandem.matching.run;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.matching.survey.SurveyServiceStub;
import io.tandem.testsupport.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

/**
 * A fresh tenant with a classic programme in matching: mentors m1 (Java), m2 (SQL) and m3 (no motive
 * scores), each with room for one; mentees e1 (wants Java), e2 (SQL), e3 (Java, reports to m1) and
 * e4 (more senior than every mentor). survey-service is stubbed with m1's and m2's motive scores.
 */
final class RunFixture {

    static final String MOTIVES = """
            {"instrumentKey": "mentor-motives", "people": [
              {"personId": "m1", "scores": {"other-focused": {"value": 6.0}, "self-focused": {"value": 2.0}}},
              {"personId": "m2", "scores": {"other-focused": {"value": 5.0}, "self-focused": {"value": 3.0}}}],
             "withoutScores": ["m3"]}""";

    final String tenant = "t-" + UUID.randomUUID();
    final String programme;

    RunFixture() {
        SurveyServiceStub.server.resetAll();
        stubScores();
        programme = as("programme-manager").body(Map.of("name", "Run", "type", "classic", "startsOn", "2027-02-01",
                "endsOn", "2027-11-30", "defaultMentorCapacity", 1)).post("/api/v1/programmes").jsonPath().getString("id");
        as("programme-manager").body(Map.of("status", "enrolling")).post("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
        as("integration").body(List.of(
                person("m1", "mentor", 6, null, "Java", null), person("m2", "mentor", 7, null, "SQL", null),
                person("m3", "mentor", 6, null, "Java", null),
                person("e1", "mentee", 2, "java", null, null), person("e2", "mentee", 2, "sql", null, null),
                person("e3", "mentee", 2, "java", null, "m1"), person("e4", "mentee", 9, "java", null, null)))
                .post("/api/v1/programmes/" + programme + "/participants/bulk").then().statusCode(200);
        status("matching");
    }

    /** Moves the programme to a status (runs are made while it is matching). */
    void status(String status) {
        as("programme-manager").body(Map.of("status", status)).post("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
    }

    /** Replaces the programme's settings (other details unchanged). */
    void settings(Map<String, Object> settings) {
        Response current = as("admin").get("/api/v1/programmes/" + programme);
        Map<String, Object> body = new HashMap<>(Map.of("name", "Run", "type", "classic", "startsOn", "2027-02-01", "endsOn", "2027-11-30",
                "defaultMentorCapacity", 1));
        body.put("settings", settings);
        as("admin").header("If-Match", current.header("ETag")).body(body).put("/api/v1/programmes/" + programme).then().statusCode(200);
    }

    /** Updates people by person id through the bulk upload. */
    void update(List<Map<String, Object>> people) {
        as("integration").body(people).post("/api/v1/programmes/" + programme + "/participants/bulk").then().statusCode(200);
    }

    static Map<String, Object> person(String id, String role, int level, String goal, String skill, String manager, List<String> preferences) {
        Map<String, Object> p = person(id, role, level, goal, skill, manager);
        p.put("preferences", preferences);
        return p;
    }

    RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant)).contentType(ContentType.JSON);
    }

    RequestSpecification asPerson(String role, String personId) {
        return given().header("Authorization", Tokens.bearer(role, tenant, personId)).contentType(ContentType.JSON);
    }

    /** survey-service answers the mentors' motives. */
    void stubScores() {
        SurveyServiceStub.server.stubFor(post(urlEqualTo("/api/v1/scores/query")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(MOTIVES)));
    }

    Response run() {
        return as("programme-manager").post("/api/v1/programmes/" + programme + "/runs");
    }

    /** Proposals of a run as mentee -> proposal JSON. */
    Map<String, Map<String, Object>> proposals(String runId) {
        Map<String, Map<String, Object>> byMentee = new HashMap<>();
        as("admin").get("/api/v1/runs/" + runId + "/proposals").jsonPath().getList("items", Map.class)
                .forEach(p -> byMentee.put((String) p.get("menteeId"), castMap(p)));
        return byMentee;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Map<String, Object> person(String id, String role, int level, String goal, String skill, String manager) {
        Map<String, Object> p = new HashMap<>();
        p.put("personId", id);
        p.put("role", role);
        p.put("careerStage", level);
        p.put("mentorCapacity", 1);
        p.put("timeZone", "Europe/Lisbon");
        p.put("learningGoals", goal == null ? List.of() : List.of(goal));
        p.put("skillsOffered", skill == null ? List.of() : List.of(skill));
        if (manager != null) {
            p.put("managerId", manager);
        }
        return p;
    }
}
