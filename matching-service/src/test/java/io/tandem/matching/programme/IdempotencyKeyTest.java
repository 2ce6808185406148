package io.tandem.matching.programme;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on creating POSTs (service-support's IdempotencyInterceptor), through the API. */
@QuarkusTest
class IdempotencyKeyTest {

    private final String tenant = "t-" + UUID.randomUUID();

    private RequestSpecification as(String role, String subject) {
        return given().header("Authorization", Tokens.bearer(role, tenant, subject)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> programme(String name) {
        return Map.of("name", name, "type", "reverse", "startsOn", "2027-02-01", "endsOn", "2027-11-30", "defaultMentorCapacity", 2);
    }

    private int programmes() {
        return as("admin", "auditor").get("/api/v1/programmes?limit=100").jsonPath().getList("items").size();
    }

    @Test
    void aRetryAnswersAsTheFirstCallAndCreatesNothing() {
        Response first = as("admin", "hr-sync").header("Idempotency-Key", "p-1").body(programme("Pilot")).post("/api/v1/programmes");
        Response again = as("admin", "hr-sync").header("Idempotency-Key", "p-1").body(programme("Pilot")).post("/api/v1/programmes");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.jsonPath().getString("name")).isEqualTo("Pilot");
        assertThat(programmes()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
        as("admin", "hr-sync").header("Idempotency-Key", "p-2").body(programme("First")).post("/api/v1/programmes").then().statusCode(201);
        Response other = as("admin", "hr-sync").header("Idempotency-Key", "p-2").body(programme("Second")).post("/api/v1/programmes");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat(programmes()).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCallerAndTenant() {
        as("admin", "hr-sync").header("Idempotency-Key", "p-3").body(programme("A")).post("/api/v1/programmes").then().statusCode(201);
        Response otherCaller = as("admin", "mobile-app").header("Idempotency-Key", "p-3").body(programme("A")).post("/api/v1/programmes");
        assertThat(otherCaller.header("Idempotent-Replayed")).isNull();
        Response otherTenant = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID(), "hr-sync"))
                .contentType(ContentType.JSON).header("Idempotency-Key", "p-3").body(programme("A")).post("/api/v1/programmes");
        assertThat(otherTenant.statusCode()).isEqualTo(201);
        assertThat(otherTenant.header("Idempotent-Replayed")).isNull();
        assertThat(programmes()).isEqualTo(2);
    }

    @Test
    void aKeyThatIsNotAPlainTokenIsABadRequest() {
        Response bad = as("admin", "hr-sync").header("Idempotency-Key", "x".repeat(201)).body(programme("A")).post("/api/v1/programmes");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat(programmes()).isZero();
    }

    @Test
    void concurrentRetriesCreateOneProgramme() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(pool.submit(() -> as("admin", "hr-sync").header("Idempotency-Key", "same").body(programme("Race"))
                    .post("/api/v1/programmes")));
        }
        Set<String> ids = new HashSet<>();
        for (Future<Response> call : calls) {
            assertThat(call.get().statusCode()).isEqualTo(201);
            ids.add(call.get().jsonPath().getString("id"));
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(programmes()).isEqualTo(1);
    }

    @Test
    void aRepeatedBulkEnrolmentAnswersWithTheFirstReport() {
        String id = as("admin", "setup").body(programme("Bulk")).post("/api/v1/programmes").jsonPath().getString("id");
        as("admin", "setup").body(Map.of("status", "enrolling")).post("/api/v1/programmes/" + id + "/status").then().statusCode(200);
        List<Map<String, Object>> people = List.of(Map.of("personId", "a", "role", "mentor", "timeZone", "Europe/Lisbon"), Map.of("personId", "b", "role", "mentee", "timeZone", "Europe/Lisbon"));
        Response first = as("integration", "hr-sync").header("Idempotency-Key", "enrol-1").body(people)
                .post("/api/v1/programmes/" + id + "/participants/bulk");
        Response again = as("integration", "hr-sync").header("Idempotency-Key", "enrol-1").body(people)
                .post("/api/v1/programmes/" + id + "/participants/bulk");
        assertThat(first.jsonPath().getList("rows.outcome", String.class)).containsExactly("created", "created");
        assertThat(again.jsonPath().getList("rows.outcome", String.class)).containsExactly("created", "created");
        assertThat(again.jsonPath().getList("rows.participantId", String.class))
                .isEqualTo(first.jsonPath().getList("rows.participantId", String.class));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Response otherBody = as("integration", "hr-sync").header("Idempotency-Key", "enrol-1").body(people.subList(0, 1))
                .post("/api/v1/programmes/" + id + "/participants/bulk");
        assertThat(otherBody.statusCode()).isEqualTo(422);
    }
}
