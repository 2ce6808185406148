package io.tandem.survey.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AssignmentsFeedTest {

    @Test
    void createdAndCancelledAssignmentsAppearOnceEachForTheirTenantOnly() {
        SurveyFixture fixture = new SurveyFixture();
        String single = fixture.assign("p1");
        Response bulk = fixture.as("programme-manager").body(List.of(
                        Map.of("respondentId", "p2", "instrumentKey", fixture.instrumentKey, "wave", "baseline", "role", "mentee"),
                        Map.of("respondentId", "p3", "instrumentKey", fixture.instrumentKey, "wave", "baseline", "role", "mentor")))
                .header("Idempotency-Key", "wave-1").post("/api/v1/assignments/bulk");
        assertThat(bulk.jsonPath().getInt("created")).isEqualTo(2);
        fixture.as("programme-manager").header("Idempotency-Key", "wave-1").body(List.of(
                        Map.of("respondentId", "p2", "instrumentKey", fixture.instrumentKey, "wave", "baseline", "role", "mentee"),
                        Map.of("respondentId", "p3", "instrumentKey", fixture.instrumentKey, "wave", "baseline", "role", "mentor")))
                .post("/api/v1/assignments/bulk").then().statusCode(200); // a retry: nothing new, no new events
        fixture.as("programme-manager").post("/api/v1/assignments/" + single + "/cancel").then().statusCode(200);

        Response feed = fixture.as("service").queryParam("limit", 100).get("/api/v1/feeds/assignments");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.jsonPath().getList("events.type", String.class)).containsOnly("assignment");
        assertThat(feed.jsonPath().getList("events.data", Map.class)).extracting(e -> e.get("change") + "/" + e.get("respondentId") + "/" + e.get("status"))
                .containsExactly("created/p1/open", "created/p2/open", "created/p3/open", "cancelled/p1/cancelled");
        assertThat(feed.jsonPath().getString("events[1].data.wave")).isEqualTo("baseline");
        assertThat(feed.jsonPath().getString("events[1].data.role")).isEqualTo("mentee");

        SurveyFixture other = new SurveyFixture();
        assertThat(other.as("service").get("/api/v1/feeds/assignments").jsonPath().getList("events")).isEmpty();
        assertThat(fixture.as("admin").get("/api/v1/feeds/assignments").statusCode()).isEqualTo(403);
    }
}
