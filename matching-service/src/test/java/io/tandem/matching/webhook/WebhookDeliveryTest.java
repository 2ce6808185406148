package io.tandem.matching.webhook;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.support.webhook.Signatures;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks through the API to a WireMock receiver: signed, ordered, retried, disabled and re-enabled,
 * redelivered, pinged; destinations inside private networks refused. The test profile retries after
 * 0.2-0.4 s and gives up after 3 s (production: 10 s doubling to 1 h, for 24 hours).
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static WireMockServer receiver;

    private final String tenant = "t-" + UUID.randomUUID();
    private final String path = "/hook-" + UUID.randomUUID();
    private String programme;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void enrollingProgramme() {
        programme = as("admin").body(Map.of("name", "Hooks", "type", "classic", "startsOn", "2027-01-01", "endsOn", "2027-12-31",
                "defaultMentorCapacity", 1)).post("/api/v1/programmes").jsonPath().getString("id");
        as("admin").body(Map.of("status", "enrolling")).post("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
    }

    private RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant)).contentType(ContentType.JSON);
    }

    private String url() {
        return "http://localhost:" + receiver.port() + path;
    }

    private JsonPath subscribe(List<String> types) {
        Response created = as("integration").body(Map.of("url", url(), "eventTypes", types, "description", "HR sync"))
                .post("/api/v1/webhooks/subscriptions");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath();
    }

    private void enrol(String personId) {
        as("integration").body(Map.of("personId", personId, "role", "mentee", "timeZone", "Europe/Lisbon"))
                .post("/api/v1/programmes/" + programme + "/participants").then().statusCode(201);
    }

    private List<LoggedRequest> received() {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private JsonPath deliveries(String subscription) {
        return as("admin").get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eventsArriveSignedAndInTheOrderTheyHappened() {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(204)));
        enrol("before-subscribing");
        JsonPath subscription = subscribe(List.of("participant.enrolled"));
        String secret = subscription.getString("secret");
        assertThat(secret).startsWith("whsec_");
        for (int i = 1; i <= 5; i++) {
            enrol("p" + i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() >= 5);

        List<LoggedRequest> requests = received();
        assertThat(requests).hasSize(5);
        for (int i = 0; i < 5; i++) {
            LoggedRequest request = requests.get(i);
            String body = request.getBodyAsString();
            JsonPath event = JsonPath.from(body);
            assertThat(event.getString("type")).isEqualTo("participant.enrolled");
            assertThat(event.getString("data.personId")).isEqualTo("p" + (i + 1));
            assertThat(request.getHeader("webhook-id")).isEqualTo(event.getString("id"));
            long timestamp = Long.parseLong(request.getHeader("webhook-timestamp"));
            assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
            assertThat(Signatures.verify(secret, request.getHeader("webhook-id"), timestamp, body, request.getHeader("webhook-signature")))
                    .isTrue();
            assertThat(Signatures.verify(secret, request.getHeader("webhook-id"), timestamp, body.replace("p", "q"),
                    request.getHeader("webhook-signature"))).isFalse();
        }

        JsonPath log = deliveries(subscription.getString("id"));
        assertThat(log.getList("items.status", String.class)).containsOnly("delivered").hasSize(5);
        assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(204);
        assertThat(log.getInt("items[0].lastLatencyMs")).isGreaterThanOrEqualTo(0);
        Response read = as("admin").get("/api/v1/webhooks/subscriptions/" + subscription.getString("id"));
        assertThat(read.jsonPath().getString("secret")).isNull();
        assertThat(read.jsonPath().getString("status")).isEqualTo("active");
    }

    @Test
    void aFailedAttemptIsRetriedAfterA500AndATimeoutAndLaterEventsWait() {
        receiver.stubFor(post(path).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("x".repeat(1000))).willSetStateTo("slow"));
        receiver.stubFor(post(path).inScenario("flaky").whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(200).withFixedDelay(1500)).willSetStateTo("fine"));
        receiver.stubFor(post(path).inScenario("flaky").whenScenarioStateIs("fine").willReturn(aResponse().withStatus(200).withBody("ok")));
        String subscription = subscribe(List.of("participant.enrolled")).getString("id");
        enrol("first");
        enrol("second");

        // after the 500 the delivery waits, kept in the database with its attempt (a restart resumes from here)
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(subscription).getList("items.attempts", Integer.class).stream()
                .anyMatch(attempts -> attempts >= 1));
        JsonPath afterFirst = deliveries(subscription);
        assertThat(afterFirst.getInt("items[0].lastStatusCode")).isEqualTo(500);
        assertThat(afterFirst.getString("items[0].lastResponse")).hasSize(300);

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(subscription).getList("items.status", String.class)
                .equals(List.of("delivered", "delivered")));
        JsonPath log = deliveries(subscription);
        assertThat(log.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(log.getInt("items[1].attempts")).isEqualTo(1);
        assertThat(log.getString("items[0].lastResponse")).isEqualTo("ok");
        List<String> order = received().stream().map(r -> JsonPath.from(r.getBodyAsString()).getString("data.personId")).toList();
        assertThat(order).containsExactly("first", "first", "first", "second");
    }

    @Test
    void aSubscriptionThatKeepsFailingIsDisabledAndCanBeReEnabledAndRedelivered() {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(503)));
        String subscription = subscribe(List.of("participant.enrolled")).getString("id");
        enrol("lost-cause");
        await().atMost(Duration.ofSeconds(20)).until(() -> as("admin").get("/api/v1/webhooks/subscriptions/" + subscription)
                .jsonPath().getString("status").equals("disabled"));
        JsonPath disabled = as("admin").get("/api/v1/webhooks/subscriptions/" + subscription).jsonPath();
        assertThat(disabled.getString("disabledReason")).contains("HTTP 503");
        JsonPath failed = deliveries(subscription);
        assertThat(failed.getString("items[0].status")).isEqualTo("failed");
        assertThat(failed.getInt("items[0].attempts")).isGreaterThan(2);
        enrol("while-disabled");

        receiver.resetAll();
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        assertThat(as("admin").post("/api/v1/webhooks/subscriptions/" + subscription + "/enable").jsonPath().getString("status"))
                .isEqualTo("active");
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() == 1);
        assertThat(JsonPath.from(received().get(0).getBodyAsString()).getString("data.personId")).isEqualTo("while-disabled");

        String failedId = failed.getString("items[0].id");
        Response again = as("admin").body(Map.of("deliveryId", failedId)).post("/api/v1/webhooks/subscriptions/" + subscription + "/redeliveries");
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.jsonPath().getInt("queued")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() == 2);
        assertThat(received().get(1).getHeader("webhook-id")).isEqualTo(failed.getString("items[0].eventId"));

        Response range = as("admin").body(Map.of("from", Instant.now().minusSeconds(3600).toString(), "to", Instant.now().plusSeconds(60).toString()))
                .post("/api/v1/webhooks/subscriptions/" + subscription + "/redeliveries");
        assertThat(range.jsonPath().getInt("queued")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() == 4);
        assertThat(as("admin").body(Map.of("from", Instant.now().toString())).post("/api/v1/webhooks/subscriptions/" + subscription
                + "/redeliveries").statusCode()).isEqualTo(400);
    }

    @Test
    void aPingIsDeliveredLikeAnyEvent() {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        String subscription = subscribe(List.of("relationship.started")).getString("id");
        Response ping = as("integration").post("/api/v1/webhooks/subscriptions/" + subscription + "/ping");
        assertThat(ping.statusCode()).isEqualTo(202);
        assertThat(ping.jsonPath().getString("eventType")).isEqualTo("ping");
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() == 1);
        assertThat(JsonPath.from(received().get(0).getBodyAsString()).getString("data.subscriptionId")).isEqualTo(subscription);
    }

    @Test
    void destinationsInsidePrivateNetworksAndUnknownEventsAreRefused() {
        for (String url : List.of("http://127.0.0.1:" + receiver.port() + "/x", "http://169.254.169.254/latest/meta-data",
                "http://10.1.2.3/hook", "http://[::1]/hook", "http://192.168.0.10/hook", "ftp://example.org/hook")) {
            Response refused = as("integration").body(Map.of("url", url, "eventTypes", List.of("relationship.started")))
                    .post("/api/v1/webhooks/subscriptions");
            assertThat(refused.statusCode()).as(url).isEqualTo(422);
            assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("url");
        }
        Response unknown = as("integration").body(Map.of("url", url(), "eventTypes", List.of("relationship.exploded")))
                .post("/api/v1/webhooks/subscriptions");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.jsonPath().getString("errors[0].field")).isEqualTo("eventTypes");
        assertThat(as("integration").body(Map.of("eventTypes", List.of("relationship.started"))).post("/api/v1/webhooks/subscriptions")
                .statusCode()).isEqualTo(400);
        assertThat(as("admin").get("/api/v1/webhooks/subscriptions").jsonPath().getList("items")).isEmpty();
        assertThat(as("admin").get("/api/v1/webhooks/event-types").jsonPath().getList("items", String.class))
                .contains("relationship.started", "relationship.phase-changed", "relationship.closed", "proposal.decided", "run.published",
                        "person.erased");
    }

    @Test
    void subscriptionsBelongToTheirTenantAndToAdminsAndIntegrations() {
        String subscription = subscribe(List.of("relationship.closed")).getString("id");
        RequestSpecification stranger = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()));
        assertThat(stranger.get("/api/v1/webhooks/subscriptions/" + subscription).statusCode()).isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                .get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries").statusCode()).isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                .delete("/api/v1/webhooks/subscriptions/" + subscription).statusCode()).isEqualTo(404);
        assertThat(as("programme-manager").get("/api/v1/webhooks/subscriptions").statusCode()).isEqualTo(403);
        assertThat(as("admin").get("/api/v1/webhooks/subscriptions").jsonPath().getList("items.id", String.class)).containsExactly(subscription);
        assertThat(as("admin").delete("/api/v1/webhooks/subscriptions/" + subscription).statusCode()).isEqualTo(204);
        assertThat(as("admin").get("/api/v1/webhooks/subscriptions/" + subscription).statusCode()).isEqualTo(404);
    }
}
