package io.tandem.matching.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.matching.survey.SurveyServiceStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs and overrides hold no transaction while survey-service answers, and an instance runs only so many at once. */
@QuarkusTest
class RunConcurrencyTest extends RunTestBase {

    @Inject
    DataSource dataSource;

    private void slowSurveyService(int millis) {
        SurveyServiceStub.server.resetAll();
        SurveyServiceStub.server.stubFor(post(urlEqualTo("/api/v1/scores/query")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(millis).withHeader("Content-Type", "application/json").withBody(RunFixture.MOTIVES)));
    }

    /**
     * Connections of this database inside a transaction that have waited for their client (the
     * service) far longer than a statement round trip (survey-service answers after 800 ms): the sign
     * of a remote call inside a transaction.
     */
    private int idleInTransaction() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rows = c.createStatement().executeQuery("select count(*) from pg_stat_activity where datname = current_database() "
                     + "and state like 'idle in transaction%' and state_change < clock_timestamp() - interval '400 milliseconds'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The most long-idle transactions seen while the call runs, sampled every 20 ms. */
    private int idleInTransactionWhile(CompletableFuture<Response> call) {
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(20)).until(() -> {
                    most.accumulateAndGet(idleInTransaction(), Math::max);
                    return call.isDone();
                });
        return most.get();
    }

    @Test
    void aRunHoldsNoTransactionWhileSurveyServiceAnswers() throws Exception {
        slowSurveyService(800);
        CompletableFuture<Response> run = CompletableFuture.supplyAsync(fixture::run);
        assertThat(idleInTransactionWhile(run)).isZero();
        assertThat(run.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    }

    @Test
    void anOverrideFetchesScoresBeforeItLocksTheProposal() throws Exception {
        fixture.update(List.of(Map.of("personId", "m2", "role", "mentor", "careerStage", 7, "mentorCapacity", 3,
                "timeZone", "Europe/Lisbon", "skillsOffered", List.of("SQL"))));
        String run = fixture.run().jsonPath().getString("id");
        Object e1 = fixture.proposals(run).get("e1").get("id");
        slowSurveyService(800);
        CompletableFuture<Response> swap = CompletableFuture.supplyAsync(() ->
                fixture.as("programme-manager").body(Map.of("mentorId", "m2")).put("/api/v1/proposals/" + e1 + "/mentor"));
        assertThat(idleInTransactionWhile(swap)).isZero();
        assertThat(swap.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void runsBeyondTheInstancesLimitGet503WithRetryAfter() throws Exception {
        slowSurveyService(800); // %test allows one run at a time; two started together overlap
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(fixture::run);
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(fixture::run);
        List<Response> answers = List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 503);
        Response refused = answers.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(fixture.run().statusCode()).isEqualTo(201);
    }
}
