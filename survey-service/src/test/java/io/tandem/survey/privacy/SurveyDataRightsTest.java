package io.tandem.survey.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tandem.support.privacy.PersonData;
import io.tandem.survey.SurveyFixture;
import io.tandem.testsupport.DatabaseScan;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GDPR access and erasure in survey-service: a respondent's assignments, answers and scores, everywhere they were copied. */
@QuarkusTest
class SurveyDataRightsTest {

    @Inject
    DataSource dataSource;

    private SurveyFixture fixture;
    private final String person = "erase-me-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tenant() {
        fixture = new SurveyFixture();
    }

    private int scoreRowsOf(String respondent) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from scale_score where tenant_id = ? and respondent_id like ?")) {
            count.setString(1, fixture.tenant);
            count.setString(2, respondent);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void answersAndScoresAreExportedThenErasedEverywhere() throws Exception {
        fixture.as("admin").body(Map.of("url", "http://localhost:9/nowhere", "eventTypes", List.of("response.submitted", "assignment.created")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201);
        String assignment = fixture.assign(person);
        String response = fixture.submit(assignment, SurveyFixture.VALID_ANSWERS).jsonPath().getString("id");
        fixture.asPerson("mentee", person).get("/api/v1/responses/" + response).then().statusCode(200);
        fixture.as("integration").get("/api/v1/responses/" + response).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> DatabaseScan.columnsContaining(dataSource, person).contains("webhook_delivery.body"));

        JsonPath export = fixture.as("admin").get("/api/v1/people/" + person + "/data").then().statusCode(200).extract().jsonPath();
        assertThat(export.getMap("tables").keySet()).contains("assignment", "survey_response", "scale_score");
        assertThat(export.getInt("tables.survey_response[0].answers.q1")).isEqualTo(4);
        assertThat(scoreRowsOf(person)).isPositive();

        Response erased = fixture.as("admin").delete("/api/v1/people/" + person);
        assertThat(erased.statusCode()).as(erased.asString()).isEqualTo(200);
        assertThat(erased.jsonPath().getBoolean("scoresKept")).isFalse();
        assertThat(DatabaseScan.columnsContaining(dataSource, person)).isEmpty();
        assertThat(scoreRowsOf("erased-%")).isZero();
        assertThat(fixture.as("admin").get("/api/v1/responses/" + response).jsonPath().getMap("answers")).isEmpty();
        assertThat(fixture.as("admin").delete("/api/v1/people/" + person).jsonPath().getInt("rowsChanged")).isZero();

        JsonPath feed = given().header("Authorization", Tokens.bearer("service", fixture.tenant)).get("/api/v1/feeds/person-erasures").jsonPath();
        assertThat(feed.getList("events.data.personKey", String.class)).containsExactly(PersonData.personKey(fixture.tenant, person));
        assertThat(feed.getBoolean("events[0].data.scoresKept")).isFalse();
    }

    @Test
    void withStudyConsentScoresStayAsPseudonymousData() throws Exception {
        String assignment = fixture.assign(person);
        fixture.submit(assignment, SurveyFixture.VALID_ANSWERS).then().statusCode(200);
        int scores = scoreRowsOf(person);
        Response erased = fixture.as("admin").delete("/api/v1/people/" + person + "?keepPseudonymousScores=true");
        assertThat(erased.jsonPath().getBoolean("scoresKept")).isTrue();
        assertThat(scoreRowsOf(person)).isZero();
        assertThat(scoreRowsOf("erased-%")).isEqualTo(scores);
        assertThat(DatabaseScan.columnsContaining(dataSource, person)).isEmpty();
        assertThat(fixture.as("admin").delete("/api/v1/people/x?keepPseudonymousScores=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void retentionErasesAProgrammesAssignmentsAndResponsesOnly() {
        UUID programme = UUID.randomUUID();
        UUID otherProgramme = UUID.randomUUID();
        String inProgramme = fixture.as("programme-manager").body(Map.of("respondentId", "r-1", "instrumentKey", fixture.instrumentKey,
                "programmeId", programme.toString())).post("/api/v1/assignments").jsonPath().getString("id");
        String kept = fixture.as("programme-manager").body(Map.of("respondentId", "r-1", "instrumentKey", fixture.instrumentKey,
                "programmeId", otherProgramme.toString())).post("/api/v1/assignments").jsonPath().getString("id");
        fixture.submit(inProgramme, SurveyFixture.VALID_ANSWERS).then().statusCode(200);
        fixture.submit(kept, SurveyFixture.VALID_ANSWERS).then().statusCode(200);

        assertThat(given().header("Authorization", Tokens.bearer("service", "t-" + UUID.randomUUID()))
                .delete("/api/v1/programmes/" + programme + "/responses").jsonPath().getInt("rowsDeleted")).isZero();
        assertThat(fixture.as("programme-manager").delete("/api/v1/programmes/" + programme + "/responses").statusCode()).isEqualTo(403);
        Response erased = fixture.as("service").delete("/api/v1/programmes/" + programme + "/responses");
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(erased.jsonPath().getInt("rowsDeleted")).isGreaterThan(2);
        assertThat(fixture.as("admin").get("/api/v1/assignments/" + inProgramme).statusCode()).isEqualTo(404);
        assertThat(fixture.as("admin").get("/api/v1/assignments/" + kept).statusCode()).isEqualTo(200);
        assertThat(fixture.as("admin").get("/api/v1/people/r-1/scores").jsonPath().getList("items")).hasSize(1);
        assertThat(fixture.as("service").delete("/api/v1/programmes/" + programme + "/responses").jsonPath().getInt("rowsDeleted")).isZero();
    }
}
