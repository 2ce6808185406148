package io.tandem.survey;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.survey.definition.SampleDefinition;
import io.tandem.testsupport.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** One fresh tenant with the sample instrument published, and helpers to assign and answer it. */
public final class SurveyFixture {

    public final String tenant = "t-" + UUID.randomUUID();
    public final String instrumentKey = "pulse-" + UUID.randomUUID().toString().substring(0, 8);

    public SurveyFixture() {
        Response created = as("researcher").body(Map.of("key", instrumentKey, "defaultLocale", "en",
                "title", Map.of("en", "Pulse", "de", "Puls"), "definition", SampleDefinition.asMap())).post("/api/v1/instruments");
        assertThat(created.statusCode()).isEqualTo(201);
        as("researcher").post("/api/v1/instruments/" + created.jsonPath().getString("id") + "/publish").then().statusCode(200);
    }

    public RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant)).contentType(ContentType.JSON);
    }

    /** A mentor or mentee token whose subject is the person. */
    public RequestSpecification asPerson(String role, String personId) {
        return given().header("Authorization", Tokens.bearer(role, tenant, personId)).contentType(ContentType.JSON);
    }

    public String assign(String respondentId) {
        return assign(respondentId, instrumentKey);
    }

    public String assign(String respondentId, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("respondentId", respondentId);
        body.put("instrumentKey", key);
        body.put("wave", "baseline");
        Response created = as("programme-manager").body(body).post("/api/v1/assignments");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath().getString("id");
    }

    public Response submit(String assignmentId, String answersJson) {
        return as("admin").body("{\"answers\": " + answersJson + "}").post("/api/v1/assignments/" + assignmentId + "/response/submit");
    }

    public static final String VALID_ANSWERS = """
            {"q1": 4, "q2": 5, "q3": 2, "has-mentor": true, "q4": 3, "channel": "chat", "topics": ["career"], "closeness": 6}""";
}
