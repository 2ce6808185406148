package io.tandem.survey.score;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A protégé's rating of their mentor is a score of the mentor, from another's perspective: never the protégé's own. */
@QuarkusTest
class RatingsOfOthersTest {

    private static final String HIGH = "{\"q1\": 5, \"q2\": 5, \"q3\": 1, \"has-mentor\": false}";
    private static final String LOW = "{\"q1\": 2, \"q2\": 2, \"q3\": 4, \"has-mentor\": false}";

    private SurveyFixture fixture;

    @BeforeEach
    void mentorReportsAndIsRatedByTheirProtege() {
        fixture = new SurveyFixture();
        fixture.submit(fixture.assign("max"), HIGH);
        Map<String, Object> rating = new HashMap<>();
        rating.put("respondentId", "pia");
        rating.put("instrumentKey", fixture.instrumentKey);
        rating.put("aboutPersonId", "max");
        rating.put("role", "mentee");
        rating.put("wave", "check-in-1");
        Response created = fixture.as("programme-manager").body(rating).post("/api/v1/assignments");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        Response submitted = fixture.submit(created.jsonPath().getString("id"), LOW);
        assertThat(submitted.jsonPath().getString("subjectId")).isEqualTo("max");
        assertThat(submitted.jsonPath().getString("perspective")).isEqualTo("other");
        assertThat(submitted.jsonPath().getString("raterRole")).isEqualTo("mentee");
    }

    @Test
    void aRatingIsNeverTheRatersOwnScore() {
        assertThat(fixture.as("admin").get("/api/v1/people/pia/scores").jsonPath().getList("items")).isEmpty();
        Response own = query(Map.of("personIds", List.of("pia")));
        assertThat(own.jsonPath().getList("people")).isEmpty();
        assertThat(own.jsonPath().getList("withoutScores", String.class)).containsExactly("pia");
    }

    @Test
    void selfReportsAndRatingsByOthersAreReadApart() {
        Response self = fixture.as("admin").get("/api/v1/people/max/scores");
        assertThat(self.jsonPath().getList("items.perspective", String.class)).containsExactly("self");
        assertThat(self.jsonPath().getDouble("items[0].scores.find { it.key == 'engagement' }.value")).isEqualTo(5.0);

        Response byProteges = fixture.as("researcher").get("/api/v1/people/max/scores?perspective=other&raterRole=mentee");
        assertThat(byProteges.statusCode()).as(byProteges.asString()).isEqualTo(200);
        assertThat(byProteges.jsonPath().getList("items.subjectId", String.class)).containsExactly("max");
        assertThat(byProteges.jsonPath().getList("items.raterRole", String.class)).containsExactly("mentee");
        assertThat(byProteges.jsonPath().getDouble("items[0].scores.find { it.key == 'engagement' }.value")).isEqualTo(2.0);
        assertThat(fixture.as("researcher").get("/api/v1/people/max/scores?perspective=other&raterRole=mentor")
                .jsonPath().getList("items")).isEmpty();

        assertThat(query(Map.of("personIds", List.of("max"))).jsonPath().getDouble("people[0].scores.engagement.value")).isEqualTo(5.0);
        Response rated = query(Map.of("personIds", List.of("max", "pia"), "perspective", "other", "raterRole", "mentee"));
        assertThat(rated.jsonPath().getString("perspective")).isEqualTo("other");
        assertThat(rated.jsonPath().getList("people.personId", String.class)).containsExactly("max");
        assertThat(rated.jsonPath().getDouble("people[0].scores.engagement.value")).isEqualTo(2.0);
        assertThat(rated.jsonPath().getList("withoutScores", String.class)).containsExactly("pia");
    }

    @Test
    void participantsNeverSeeRatingsAndARaterRoleNeedsTheOtherPerspective() {
        Response mentor = fixture.asPerson("mentor", "max").get("/api/v1/people/max/scores?perspective=other");
        assertThat(mentor.statusCode()).isEqualTo(403);
        assertThat(mentor.contentType()).startsWith("application/problem+json");
        assertThat(fixture.asPerson("mentor", "max").get("/api/v1/people/max/scores").jsonPath().getList("items")).hasSize(1);
        assertThat(fixture.as("admin").get("/api/v1/people/max/scores?raterRole=mentee").statusCode()).isEqualTo(400);
        assertThat(fixture.as("admin").get("/api/v1/people/max/scores?perspective=sideways").statusCode()).isEqualTo(400);
        assertThat(query(Map.of("personIds", List.of("max"), "raterRole", "mentee")).statusCode()).isEqualTo(400);
    }

    @Test
    void anotherTenantSeesNoRatings() {
        SurveyFixture other = new SurveyFixture();
        assertThat(other.as("admin").get("/api/v1/people/max/scores?perspective=other").jsonPath().getList("items")).isEmpty();
        Response rated = other.as("service").body(Map.of("instrumentKey", fixture.instrumentKey, "personIds", List.of("max"),
                "perspective", "other")).post("/api/v1/scores/query");
        assertThat(rated.jsonPath().getList("people")).isEmpty();
    }

    private Response query(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("instrumentKey", fixture.instrumentKey);
        body.put("scales", List.of("engagement"));
        return fixture.as("service").body(body).post("/api/v1/scores/query");
    }
}
