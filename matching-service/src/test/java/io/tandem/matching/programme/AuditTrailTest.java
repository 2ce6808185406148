package io.tandem.matching.programme;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail (service-support's AuditInterceptor and AuditResource), through the API. */
@QuarkusTest
class AuditTrailTest {

    private final String tenant = "t-" + UUID.randomUUID();

    @Inject
    DataSource dataSource;

    private RequestSpecification as(String role, String subject) {
        return given().header("Authorization", Tokens.bearer(role, tenant, subject)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> programme(String name) {
        return Map.of("name", name, "type", "classic", "startsOn", "2027-02-01", "endsOn", "2027-11-30", "defaultMentorCapacity", 2);
    }

    private JsonPath events(String query) {
        Response page = as("admin", "auditor").get("/api/v1/audit-events" + query);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.jsonPath();
    }

    @Test
    void everyChangeIsRecordedWithWhoWhatAndTheRequestId() {
        Response created = as("programme-manager", "pm-anna").header("X-Request-Id", "req-create-1").body(programme("Audit me"))
                .post("/api/v1/programmes");
        String id = created.jsonPath().getString("id");
        as("admin", "admin-ben").header("If-Match", created.header("ETag")).body(Map.of("status", "enrolling"))
                .post("/api/v1/programmes/" + id + "/status").then().statusCode(200);

        JsonPath all = events("");
        assertThat(all.getList("items.operation", String.class)).containsExactly("createProgramme", "changeProgrammeStatus");
        assertThat(all.getString("items[0].actor")).isEqualTo("pm-anna");
        assertThat(all.getString("items[0].roles")).isEqualTo("programme-manager");
        assertThat(all.getString("items[0].method")).isEqualTo("POST");
        assertThat(all.getString("items[0].resource")).isEqualTo("/api/v1/programmes/" + id);
        assertThat(all.getInt("items[0].status")).isEqualTo(201);
        assertThat(all.getString("items[0].requestId")).isEqualTo("req-create-1");
        assertThat(all.getString("items[1].actor")).isEqualTo("admin-ben");
        assertThat(all.getString("items[1].resource")).isEqualTo("/api/v1/programmes/" + id + "/status");
        assertThat(all.getString("items[1].occurredAt")).isNotNull();
    }

    @Test
    void aRefusedChangeLeavesNoEventAndReadsAreNotChanges() {
        as("programme-manager", "pm").body(Map.of("name", "No dates")).post("/api/v1/programmes").then().statusCode(400);
        as("programme-manager", "pm").body(Map.of("status", "running")).post("/api/v1/programmes/" + UUID.randomUUID() + "/status")
                .then().statusCode(404);
        as("programme-manager", "pm").get("/api/v1/programmes").then().statusCode(200);
        assertThat(events("").getList("items")).isEmpty();
    }

    @Test
    void adminsFilterByActorOperationResourceAndTimeAndPageWithACursor() {
        String first = as("programme-manager", "pm-1").body(programme("One")).post("/api/v1/programmes").jsonPath().getString("id");
        as("programme-manager", "pm-2").body(programme("Two")).post("/api/v1/programmes").then().statusCode(201);
        as("admin", "admin-1").body(Map.of("status", "enrolling")).post("/api/v1/programmes/" + first + "/status").then().statusCode(200);

        assertThat(events("?actor=pm-2").getList("items.actor", String.class)).containsExactly("pm-2");
        assertThat(events("?operation=changeProgrammeStatus").getList("items.actor", String.class)).containsExactly("admin-1");
        assertThat(events("?resource=/api/v1/programmes/" + first).getList("items.operation", String.class))
                .containsExactly("createProgramme", "changeProgrammeStatus");
        assertThat(events("?from=2000-01-01T00:00:00Z&to=2001-01-01T00:00:00Z").getList("items")).isEmpty();
        assertThat(events("?from=2000-01-01T00:00:00Z").getList("items")).hasSize(3);

        JsonPath page1 = events("?limit=2");
        assertThat(page1.getList("items")).hasSize(2);
        JsonPath page2 = events("?limit=2&cursor=" + page1.getString("nextCursor"));
        assertThat(page2.getList("items.actor", String.class)).containsExactly("admin-1");
        assertThat(page2.getString("nextCursor")).isNull();
    }

    @Test
    void onlyAdminsOfTheTenantReadTheTrailAndBadFiltersAreRefused() {
        as("programme-manager", "pm").body(programme("Mine")).post("/api/v1/programmes").then().statusCode(201);
        assertThat(as("programme-manager", "pm").get("/api/v1/audit-events").statusCode()).isEqualTo(403);
        assertThat(as("researcher", "r").get("/api/v1/audit-events").statusCode()).isEqualTo(403);
        Response otherTenant = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).get("/api/v1/audit-events");
        assertThat(otherTenant.jsonPath().getList("items")).isEmpty();
        Response bad = as("admin", "a").get("/api/v1/audit-events?from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.jsonPath().getString("errors[0].field")).isEqualTo("from");
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() throws SQLException {
        as("programme-manager", "pm").body(programme("Kept")).post("/api/v1/programmes").then().statusCode(201);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update audit_event set actor = 'someone else' where tenant_id = '" + tenant + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_event where tenant_id = '" + tenant + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(events("").getList("items.actor", String.class)).isEqualTo(List.of("pm"));
    }
}
