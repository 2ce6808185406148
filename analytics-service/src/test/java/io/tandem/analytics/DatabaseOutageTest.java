package io.tandem.analytics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

/** While PostgreSQL is down a request is told to come back later (503, Retry-After); afterwards the service recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {

    private final String tenant = "t-" + UUID.randomUUID();

    private Response readSettings() {
        return given().header("Authorization", Tokens.bearer("admin", tenant)).get("/api/v1/settings");
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsDownAndRecoversWhenItIsBack() {
        assumeTrue(TestDatabase.isEmbedded(), "needs the embedded server, which the test can stop");
        assertThat(readSettings().statusCode()).isEqualTo(200);
        TestDatabase.stopEmbedded();
        try {
            AtomicReference<Response> down = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
                down.set(readSettings());
                return down.get().statusCode() != 200;
            });
            Response refused = down.get();
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("type")).isEqualTo("https://tandem.io/problems/unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(503);
            assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
        } finally {
            TestDatabase.startEmbeddedAgain();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> readSettings().statusCode() == 200);
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
    }
}
