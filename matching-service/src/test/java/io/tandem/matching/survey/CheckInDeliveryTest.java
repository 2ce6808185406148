package io.tandem.matching.survey;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.tandem.matching.relationship.RelationshipTestBase;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Check-in waves reach survey-service as assignments through the worker: owed in the relationship's
 * transaction, sent when due, retried through an outage and a worker that died holding its claims,
 * each wave with its own Idempotency-Key so survey-service never creates one twice.
 */
@QuarkusTest
class CheckInDeliveryTest extends RelationshipTestBase {

    private static final String BULK = "/api/v1/assignments/bulk";
    private static final String CREATED = "{\"created\": 4, \"refused\": 0, \"results\": []}";

    @Inject
    CheckInDeliveryWorker worker;

    @Inject
    DeliveryQueue queue;

    @Test
    void startsSucceedThroughASurveyOutageAndARestartAndEachBaselineIsSentOnce() {
        SurveyServiceStub.server.stubFor(post(urlEqualTo(BULK)).willReturn(aResponse().withStatus(503)));
        String first = startedFor("e1", "m1");
        String second = startedFor("e2", "m2");
        status("running");
        String third = as("programme-manager").body(Map.of("mentorId", "m2", "menteeId", "e1"))
                .post("/api/v1/programmes/" + programme + "/relationships").then().statusCode(201).extract().path("id");
        Set<String> keys = Set.of(key(first, "baseline"), key(second, "baseline"), key(third, "baseline"));

        worker.deliverDue();
        assertThat(sentKeys()).containsExactlyInAnyOrderElementsOf(keys);

        // A worker dies holding its claims: nothing is sent until the claims run out, then everything is.
        SurveyServiceStub.server.resetRequests();
        // the dying worker claims the rows once their back-off has passed
        await().atMost(Duration.ofSeconds(5)).until(() -> queue.claim(java.time.Instant.now(), 100, Duration.ofMillis(700)), c -> !c.isEmpty());
        SurveyServiceStub.server.stubFor(post(urlEqualTo(BULK)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        worker.deliverDue();
        assertThat(sentKeys()).isEmpty();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
            worker.deliverDue();
            return sentKeys().size() >= 3;
        });
        worker.deliverDue();
        assertThat(sentKeys()).containsExactlyInAnyOrderElementsOf(keys).hasSize(3);

        LoggedRequest baseline = sent(key(first, "baseline")).get(0);
        List<Map<String, Object>> elements = JsonPath.from(baseline.getBodyAsString()).getList("$");
        assertThat(elements).hasSize(4).allSatisfy(e -> assertThat(e).containsEntry("relationshipId", first)
                .containsEntry("programmeId", programme).containsEntry("wave", "baseline").doesNotContainKey("aboutPersonId"));
        assertThat(elements).extracting(e -> e.get("respondentId") + "/" + e.get("role") + "/" + e.get("instrumentKey"))
                .containsExactlyInAnyOrder("m1/mentor/personal-identification", "m1/mentor/relationship-quality",
                        "e1/mentee/personal-identification", "e1/mentee/relationship-quality");
        Map<String, Object> claims = claims(baseline.getHeader("Authorization"));
        assertThat(claims).containsEntry("tenant", tenant);
        assertThat(claims.get("groups")).isEqualTo(List.of("service"));
    }

    @Test
    void closingAsksTheClosingWaveAndCancelsTheOpenCheckIns() {
        SurveyServiceStub.server.stubFor(post(urlEqualTo(BULK)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        String id = started();
        status("running");
        worker.deliverDue();
        SurveyServiceStub.server.stubFor(get(urlPathEqualTo("/api/v1/assignments")).withQueryParam("relationshipId", matching(id))
                .withQueryParam("status", matching("open")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("""
                                {"items": [{"id": "0192f5a4-7c1e-7d3a-9b2e-000000000001", "wave": "baseline", "status": "open"},
                                           {"id": "0192f5a4-7c1e-7d3a-9b2e-000000000002", "wave": "closing", "status": "open"}],
                                 "nextCursor": null}""")));
        SurveyServiceStub.server.stubFor(post(urlPathMatching("/api/v1/assignments/.*/cancel")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        move("mentee", "e1", id, Map.of("phase", "ended", "endReason", "mismatch")).then().statusCode(200);
        worker.deliverDue();

        List<Map<String, Object>> closing = JsonPath.from(sent(key(id, "closing")).get(0).getBodyAsString()).getList("$");
        assertThat(closing).extracting(e -> e.get("respondentId") + "/" + e.get("instrumentKey") + "/" + e.get("aboutPersonId"))
                .containsExactlyInAnyOrder("m1/mentoring-outcomes/null", "m1/reciprocal-benefits/null", "e1/mentoring-outcomes/null",
                        "e1/mentoring-behaviours/m1");
        SurveyServiceStub.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/assignments/0192f5a4-7c1e-7d3a-9b2e-000000000001/cancel")));
        SurveyServiceStub.server.verify(0, postRequestedFor(urlEqualTo("/api/v1/assignments/0192f5a4-7c1e-7d3a-9b2e-000000000002/cancel")));
        assertThat(sentKeys()).noneMatch(k -> k.startsWith("rel-" + id + "/check-in"));
    }

    @Test
    void aBulkCallSurveyRefusesIsKeptAsFailedAndNotRepeated() {
        SurveyServiceStub.server.stubFor(post(urlEqualTo(BULK)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 400}")));
        String id = started();
        // however often the worker passes (well beyond the back-off of a failure that may pass), the refused call is not sent again
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).until(() -> {
            worker.deliverDue();
            return sent(key(id, "baseline")).size() == 1;
        });
    }

    private static String key(String relationship, String wave) {
        return "rel-" + relationship + "/" + wave;
    }

    private List<String> sentKeys() {
        return SurveyServiceStub.server.findAll(postRequestedFor(urlEqualTo(BULK))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).filter(this::ours).collect(Collectors.toList());
    }

    private List<LoggedRequest> sent(String key) {
        return SurveyServiceStub.server.findAll(postRequestedFor(urlEqualTo(BULK))).stream()
                .filter(r -> key.equals(r.getHeader("Idempotency-Key"))).toList();
    }

    /** The worker serves every tenant; other tests' relationships are not this test's business. */
    private boolean ours(String key) {
        return key != null && sentByThisTenant.test(key);
    }

    private final java.util.function.Predicate<String> sentByThisTenant = k ->
            SurveyServiceStub.server.findAll(postRequestedFor(urlEqualTo(BULK))).stream()
                    .filter(r -> k.equals(r.getHeader("Idempotency-Key")))
                    .anyMatch(r -> tenant.equals(claims(r.getHeader("Authorization")).get("tenant")));

    private static Map<String, Object> claims(String bearer) {
        String payload = bearer.substring("Bearer ".length()).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getMap("$");
    }
}
