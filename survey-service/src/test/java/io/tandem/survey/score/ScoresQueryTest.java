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

    @BeforeEach
    void newTenantWithPublishedInstrument() {
        fixture = new SurveyFixture();
    }

    @Test
    void returnsTheLatestValidScoreOfEachPersonAndScale() {
        fixture.submit(fixture.assign("ana"), "{\"q1\": 1, \"q2\": 1, \"q3\": 5, \"has-mentor\": false}");
        fixture.submit(fixture.assign("ana"), "{\"q1\": 5, \"q2\": 5, \"q3\": 1, \"has-mentor\": false}");
        // latest submission has too few items for engagement: the earlier valid score stays the answer
        fixture.submit(fixture.assign("ana"), "{\"q1\": 3, \"has-mentor\": false, \"q2\": 3}");
        fixture.submit(fixture.assign("ben"), SurveyFixture.VALID_ANSWERS);

        Response latest = fixture.as("service").body(Map.of("instrumentKey", fixture.instrumentKey,
                "personIds", List.of("ana", "ben", "cleo"), "scales", List.of("engagement", "balance"))).post("/api/v1/scores/query");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.jsonPath().getList("people.personId", String.class)).containsExactly("ana", "ben");
        assertThat(latest.jsonPath().getDouble("people[0].scores.engagement.value")).isEqualTo(5.0);
        assertThat(latest.jsonPath().getMap("people[0].scores")).doesNotContainKey("balance");
        assertThat(latest.jsonPath().getString("people[1].scores.balance.label")).isEqualTo("low");
        assertThat(latest.jsonPath().getList("withoutScores", String.class)).containsExactly("cleo");
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
