package io.tandem.matching.survey;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(SurveyServiceStub.class)
class SurveyScoresClientTest {

    private static final String PATH = "/api/v1/scores/query";
    private static final String ANSWER = """
            {"instrumentKey": "mentor-motives", "people": [{"personId": "m1", "scores": {"other-focused": {"value": 5.5, "label": null,
             "instrumentVersion": 1}}}], "withoutScores": ["m2"]}""";

    @Inject
    GuardedScoresCall guarded;

    private final SurveyScoresApi.Query query = new SurveyScoresApi.Query("mentor-motives", List.of("m1", "m2"), List.of("other-focused"), null);

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        SurveyServiceStub.server.resetAll();
        breakers.resetAll();
    }

    private static void answer(int status, String body) {
        SurveyServiceStub.server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static int calls() {
        return SurveyServiceStub.server.findAll(postRequestedFor(urlEqualTo(PATH))).size();
    }

    @Test
    void readsTheAnswerAndPassesTheTokenOn() {
        answer(200, ANSWER);
        SurveyScoresApi.LatestScores scores = guarded.query("Bearer abc", query);
        assertThat(scores.people().get(0).scores().get("other-focused").value()).isEqualTo(5.5);
        assertThat(scores.withoutScores()).containsExactly("m2");
        SurveyServiceStub.server.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer abc")));
    }

    @Test
    void retriesAServerErrorThenSucceeds() {
        SurveyServiceStub.server.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        SurveyServiceStub.server.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ANSWER)));
        assertThat(guarded.query("Bearer abc", query).people()).hasSize(1);
        assertThat(calls()).isEqualTo(2);
    }

    @Test
    void doesNotRetryAClientError() {
        answer(403, "{}");
        assertThatThrownBy(() -> guarded.query("Bearer abc", query)).isInstanceOf(SurveyClientError.class);
        assertThat(calls()).isEqualTo(1);
    }

    @Test
    void timesOutASlowAnswer() {
        SurveyServiceStub.server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)
                .withHeader("Content-Type", "application/json").withBody(ANSWER)));
        assertThatThrownBy(() -> guarded.query("Bearer abc", query)).isInstanceOf(TimeoutException.class);
        assertThat(calls()).isEqualTo(3);
    }

    @Test
    void opensTheBreakerAfterRepeatedFailuresThenRecovers() {
        answer(500, "{}");
        // each call tries three times; the breaker opens once half of its last 4 attempts failed
        boolean open = false;
        for (int call = 0; call < 5 && !open; call++) {
            try {
                guarded.query("Bearer abc", query);
            } catch (CircuitBreakerOpenException e) {
                open = true;
            } catch (jakarta.ws.rs.WebApplicationException e) {
                assertThat(e).isNotInstanceOf(SurveyClientError.class);
            }
        }
        assertThat(open).as("breaker opened").isTrue();
        int before = calls();
        assertThat(before).isLessThanOrEqualTo(6);
        // while open, calls fail fast without reaching survey-service
        assertThatThrownBy(() -> guarded.query("Bearer abc", query)).isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(calls()).isEqualTo(before);
        // the downstream health group says so; readiness does not fail because of it
        io.restassured.response.Response downstream = io.restassured.RestAssured.get("/q/health/group/downstream");
        assertThat(downstream.statusCode()).isEqualTo(503);
        assertThat(downstream.jsonPath().getString("checks.find { it.name == 'survey-service' }.data.breaker")).isEqualTo("open");
        assertThat(io.restassured.RestAssured.get("/q/health/ready").statusCode()).isEqualTo(200);
        // after the (test-shortened) pause a healthy survey-service is called again
        SurveyServiceStub.server.resetAll();
        answer(200, ANSWER);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).ignoreException(CircuitBreakerOpenException.class)
                .until(() -> guarded.query("Bearer abc", query).people().size() == 1);
        assertThat(io.restassured.RestAssured.get("/q/health/group/downstream").statusCode()).isEqualTo(200);
    }
}
