package io.tandem.matching.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.tandem.matching.privacy.RetentionJob;
import io.tandem.matching.survey.SurveyServiceStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Retention: a programme's relationships and (through survey-service) responses are erased once it ended longer ago than the tenant keeps them. */
@QuarkusTest
class RetentionTest extends RelationshipTestBase {

    @Inject
    RetentionJob retention;

    private void keepDays(Integer days) {
        String etag = as("admin").get("/api/v1/settings/disclosure").header("ETag");
        java.util.Map<String, Object> body = new java.util.HashMap<>(Map.of("minGroupSize", 5));
        body.put("retentionDays", days);
        as("admin").header("If-Match", etag).body(body).put("/api/v1/settings/disclosure").then().statusCode(200);
    }

    @Test
    void aProgrammePastItsRetentionLosesItsRelationshipsOnceSurveyServiceErasedItsResponses() {
        String relationship = started();
        asPerson("mentee", "e1").body(Map.of("text", "private thoughts")).post("/api/v1/relationships/" + relationship + "/journal")
                .then().statusCode(201);
        String responses = "/api/v1/programmes/" + programme + "/responses";
        LocalDate end = LocalDate.parse("2027-12-31");

        // no retention set: nothing happens
        assertThat(retention.eraseDue(end.plusYears(5))).isZero();
        keepDays(365);
        assertThat(as("admin").get("/api/v1/settings/disclosure").jsonPath().getInt("retentionDays")).isEqualTo(365);
        assertThat(retention.eraseDue(end.plusDays(365))).isZero();

        // survey-service down: nothing is erased, the programme stays due
        SurveyServiceStub.server.stubFor(delete(urlEqualTo(responses)).willReturn(aResponse().withStatus(503)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> retention.eraseDue(end.plusDays(366)));
        assertThat(as("admin").get("/api/v1/relationships/" + relationship).statusCode()).isEqualTo(200);

        SurveyServiceStub.server.stubFor(delete(urlEqualTo(responses)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"rowsDeleted\": 4}")));
        assertThat(retention.eraseDue(end.plusDays(366))).isEqualTo(1);
        assertThat(as("admin").get("/api/v1/relationships/" + relationship).statusCode()).isEqualTo(404);
        assertThat(as("admin").get("/api/v1/programmes/" + programme + "/relationships").jsonPath().getList("items")).isEmpty();
        SurveyServiceStub.server.verify(2, deleteRequestedFor(urlEqualTo(responses)));
        io.restassured.path.json.JsonPath feed = as("service").get("/api/v1/feeds/relationships").jsonPath();
        assertThat(feed.getList("events.data.change", String.class)).containsExactly("erased");
        assertThat(feed.getString("events[0].data.relationshipId")).isEqualTo(relationship);
        assertThat(retention.eraseDue(end.plusDays(400))).isZero();
    }

    @Test
    void retentionIsBoundedAndAnAdminsSetting() {
        String etag = as("admin").get("/api/v1/settings/disclosure").header("ETag");
        assertThat(as("admin").header("If-Match", etag).body(Map.of("minGroupSize", 5, "retentionDays", 7)).put("/api/v1/settings/disclosure")
                .statusCode()).isEqualTo(400);
        assertThat(as("programme-manager").header("If-Match", etag).body(Map.of("minGroupSize", 5, "retentionDays", 400))
                .put("/api/v1/settings/disclosure").statusCode()).isEqualTo(403);
    }
}
