package io.tandem.survey.webhook;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tandem.survey.SurveyFixture;
import io.tandem.survey.assignment.AssignmentReminders;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** survey-service's webhook events end to end: assignments created, due soon and overdue (each once), responses submitted. */
@QuarkusTest
class SurveyWebhooksTest {

    @Inject
    AssignmentReminders reminders;

    private WireMockServer receiver;
    private SurveyFixture fixture;

    @BeforeEach
    void receiver() {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        fixture = new SurveyFixture();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    private List<JsonPath> received() {
        return receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).stream().map(r -> JsonPath.from(r.getBodyAsString())).toList();
    }

    @Test
    void assignmentsAndSubmissionsAreAnnouncedAndRemindersOnlyOnce() {
        fixture.as("integration").body(Map.of("url", "http://localhost:" + receiver.port() + "/hook", "eventTypes",
                        List.of("assignment.created", "assignment.due-soon", "assignment.overdue", "response.submitted")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String soon = assign("emp-soon", today.plusDays(1));
        String late = assign("emp-late", today.minusDays(2));
        assign("emp-later", today.plusDays(30));
        fixture.submit(soon, SurveyFixture.VALID_ANSWERS).then().statusCode(200);

        assertThat(reminders.announce(today)).isGreaterThanOrEqualTo(1);
        assertThat(reminders.announce(today)).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() >= 5);

        List<JsonPath> events = received();
        assertThat(events).hasSize(5);
        assertThat(events.stream().map(e -> e.getString("type")).toList()).containsExactly("assignment.created", "assignment.created",
                "assignment.created", "response.submitted", "assignment.overdue");
        assertThat(events.get(4).getString("data.assignmentId")).isEqualTo(late);
        assertThat(events.get(4).getString("data.dueOn")).isEqualTo(today.minusDays(2).toString());
        assertThat(events.get(3).getString("data.assignmentId")).isEqualTo(soon);
    }

    @Test
    void anOpenAssignmentDueTomorrowIsDueSoon() {
        fixture.as("admin").body(Map.of("url", "http://localhost:" + receiver.port() + "/hook", "eventTypes", List.of("assignment.due-soon")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String soon = assign("emp-1", today.plusDays(1));
        reminders.announce(today);
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() == 1);
        assertThat(received().get(0).getString("type")).isEqualTo("assignment.due-soon");
        assertThat(received().get(0).getString("data.assignmentId")).isEqualTo(soon);
        assertThat(received().get(0).getString("data.respondentId")).isEqualTo("emp-1");
    }

    private String assign(String respondent, LocalDate dueOn) {
        return fixture.as("programme-manager").body(Map.of("respondentId", respondent, "instrumentKey", fixture.instrumentKey, "wave", "baseline",
                "dueOn", dueOn.toString())).post("/api/v1/assignments").then().statusCode(201).extract().jsonPath().getString("id");
    }
}
