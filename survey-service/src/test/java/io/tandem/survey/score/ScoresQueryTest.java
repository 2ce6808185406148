package io.tandem.survey.score;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ScoresQueryTest {

    private SurveyFixture fixture;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @BeforeEach
    void newTenantWithPublishedInstrument() {
        fixture = new SurveyFixture();
    }

    @Test
    void scoresUsedTogetherComeFromThePersonsNewestResponseThatHasAllOfThem() {
        fixture.submit(fixture.assign("ana"), "{\"q1\": 1, \"q2\": 1, \"q3\": 5, \"has-mentor\": false}");
        String complete = fixture.submit(fixture.assign("ana"), "{\"q1\": 5, \"q2\": 5, \"q3\": 1, \"has-mentor\": true, "
                + "\"q4\": 4, \"closeness\": 6}").jsonPath().getString("id");
        // newer, but support is disabled by skip logic: engagement alone is newer than the complete pair
        String engagementOnly = fixture.submit(fixture.assign("ana"), "{\"q1\": 3, \"q2\": 3, \"q3\": 3, \"has-mentor\": false}")
                .jsonPath().getString("id");
        // newest: too few items for engagement, so no valid score at all
        fixture.submit(fixture.assign("ana"), "{\"q1\": 3, \"has-mentor\": false, \"q2\": 3}");
        fixture.submit(fixture.assign("ben"), SurveyFixture.VALID_ANSWERS);

        Response pair = query(List.of("ana", "ben", "cleo"), List.of("engagement", "support"), null);
        assertThat(pair.statusCode()).as(pair.asString()).isEqualTo(200);
        assertThat(pair.jsonPath().getList("people.personId", String.class)).containsExactly("ana", "ben");
        assertThat(pair.jsonPath().getString("people[0].responseId")).isEqualTo(complete);
        assertThat(pair.jsonPath().getDouble("people[0].scores.engagement.value")).isEqualTo(5.0);
        assertThat(pair.jsonPath().getDouble("people[0].scores.support.value")).isEqualTo(10.0);
        assertThat(pair.jsonPath().getList("people[0].scores.collect { it.value.responseId }", String.class)).containsOnly(complete);
        assertThat(pair.jsonPath().getInt("people[0].ageDays")).isZero();
        assertThat(pair.jsonPath().getString("perspective")).isEqualTo("self");
        assertThat(pair.jsonPath().getList("withoutScores", String.class)).containsExactly("cleo");

        Response single = query(List.of("ana"), List.of("engagement"), null);
        assertThat(single.jsonPath().getString("people[0].responseId")).isEqualTo(engagementOnly);
        assertThat(single.jsonPath().getDouble("people[0].scores.engagement.value")).isEqualTo(3.0);
        assertThat(single.jsonPath().getMap("people[0].scores")).containsOnlyKeys("engagement");
    }

    @Test
    void aMaximumAgeLeavesOlderResponsesOut() throws Exception {
        fixture.submit(fixture.assign("gus"), SurveyFixture.VALID_ANSWERS);
        assertThat(query(List.of("gus"), List.of("engagement"), 1).jsonPath().getList("people.personId", String.class)).containsExactly("gus");
        try (var connection = dataSource.getConnection();
             var age = connection.prepareStatement("update scale_score set submitted_at = submitted_at - interval '3 days' where tenant_id = ?")) {
            age.setString(1, fixture.tenant);
            age.executeUpdate();
        }
        Response old = query(List.of("gus"), List.of("engagement"), 2);
        assertThat(old.jsonPath().getList("withoutScores", String.class)).containsExactly("gus");
        assertThat(query(List.of("gus"), List.of("engagement"), 4).jsonPath().getInt("people[0].ageDays")).isEqualTo(3);
        assertThat(query(List.of("gus"), List.of("engagement"), 0).statusCode()).isEqualTo(400);
    }

    private Response query(List<String> people, List<String> scales, Integer maxAgeDays) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("instrumentKey", fixture.instrumentKey, "personIds", people, "scales", scales));
        if (maxAgeDays != null) {
            body.put("maxAgeDays", maxAgeDays);
        }
        return fixture.as("service").body(body).post("/api/v1/scores/query");
    }

    @Test
    void anotherTenantsScoresAreInvisible() {
        fixture.submit(fixture.assign("dan"), SurveyFixture.VALID_ANSWERS);
        SurveyFixture other = new SurveyFixture();
        Response latest = other.as("service").body(Map.of("instrumentKey", fixture.instrumentKey, "personIds", List.of("dan")))
                .post("/api/v1/scores/query");
        assertThat(latest.jsonPath().getList("people")).isEmpty();
        assertThat(other.as("admin").get("/api/v1/people/dan/scores").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aPersonReadsTheirOwnScoresOnly() {
        fixture.submit(fixture.assign("eve"), SurveyFixture.VALID_ANSWERS);
        Response own = fixture.asPerson("mentee", "eve").get("/api/v1/people/eve/scores?instrumentKey=" + fixture.instrumentKey);
        assertThat(own.jsonPath().getList("items")).hasSize(1);
        assertThat(own.jsonPath().getList("items[0].scores.key", String.class)).containsExactly("engagement", "support", "balance");
        assertThat(fixture.asPerson("mentee", "fay").get("/api/v1/people/eve/scores").statusCode()).isEqualTo(403);
        assertThat(fixture.asPerson("mentee", "eve").body(Map.of("instrumentKey", fixture.instrumentKey, "personIds", List.of("eve")))
                .post("/api/v1/scores/query").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesMoreThanTenThousandPeople() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            people.add("p" + i);
        }
        Response refused = fixture.as("service").body(Map.of("instrumentKey", fixture.instrumentKey, "personIds", people))
                .post("/api/v1/scores/query");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("errors[0].field")).contains("personIds");
    }
}
