package io.tandem.matching.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tandem.support.privacy.PersonData;
import io.tandem.testsupport.DatabaseScan;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GDPR access and erasure in matching-service: everything naming a mentee (profile, relationship,
 * journal, meeting, goal, proposals and runs, feed events, webhook copies, the audit trail) is exported,
 * then erased so that no column of any table holds the id or the texts they wrote.
 */
@QuarkusTest
class PersonDataRightsTest extends RelationshipTestBase {

    @Inject
    DataSource dataSource;

    private final String person = "erase-me-" + UUID.randomUUID().toString().substring(0, 8);
    private final String journalText = "journal-" + UUID.randomUUID();
    private final String goalText = "goal-" + UUID.randomUUID();

    @Test
    void aPersonsDataIsExportedThenErasedLeavingNothingReadable() throws Exception {
        as("admin").body(Map.of("url", "http://localhost:9/nowhere", "eventTypes", List.of("participant.enrolled", "relationship.started")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201);
        Map<String, Object> profile = person(person, "mentee", 2, "java", null);
        profile.put("displayName", "Zed " + person);
        profile.put("diversity", Map.of("gender", "non-binary"));
        profile.put("diversityConsent", true);
        profile.put("researchConsent", true);
        as("integration").body(profile).post("/api/v1/programmes/" + programme + "/participants").then().statusCode(201);
        status("running");
        String relationship = as("programme-manager").body(Map.of("mentorId", "m1", "menteeId", person))
                .post("/api/v1/programmes/" + programme + "/relationships").then().statusCode(201).extract().jsonPath().getString("id");
        asPerson("mentee", person).body(Map.of("text", journalText)).post("/api/v1/relationships/" + relationship + "/journal")
                .then().statusCode(201);
        asPerson("mentee", person).body(Map.of("owner", "mentee", "description", goalText)).post("/api/v1/relationships/" + relationship + "/goals")
                .then().statusCode(201);
        asPerson("mentee", person).body(Map.of("heldOn", LocalDate.now(ZoneOffset.UTC).toString(), "durationMinutes", 30, "channel", "video",
                "note", "note by " + person)).post("/api/v1/relationships/" + relationship + "/meetings").then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> !DatabaseScan.columnsContaining(dataSource, person).stream()
                .filter(c -> c.startsWith("webhook_delivery.")).toList().isEmpty());

        JsonPath export = as("admin").get("/api/v1/people/" + person + "/data").then().statusCode(200).extract().jsonPath();
        assertThat(export.getString("personId")).isEqualTo(person);
        assertThat(export.getMap("tables").keySet()).contains("participant", "relationship", "journal_entry", "relationship_meeting",
                "audit_event");
        assertThat(export.getString("tables.participant[0].display_name")).isEqualTo("Zed " + person);
        assertThat(export.getString("tables.journal_entry[0].text")).isEqualTo(journalText);
        assertThat(DatabaseScan.columnsContaining(dataSource, person)).isNotEmpty();

        Response erased = as("admin").delete("/api/v1/people/" + person);
        assertThat(erased.statusCode()).as(erased.asString()).isEqualTo(200);
        assertThat(erased.jsonPath().getInt("rowsChanged")).isGreaterThan(5);
        assertThat(erased.jsonPath().getString("personKey")).isEqualTo(PersonData.personKey(tenant, person));

        assertThat(DatabaseScan.columnsContaining(dataSource, person)).isEmpty();
        assertThat(DatabaseScan.columnsContaining(dataSource, journalText)).isEmpty();
        assertThat(DatabaseScan.columnsContaining(dataSource, goalText)).isEmpty();
        assertThat(DatabaseScan.columnsContaining(dataSource, "non-binary")).isEmpty();

        // the other person's history stays whole: the relationship is a pseudonymous shell
        JsonPath shell = as("admin").get("/api/v1/relationships/" + relationship).then().statusCode(200).extract().jsonPath();
        assertThat(shell.getString("menteeId")).startsWith("erased-");
        assertThat(shell.getString("mentorId")).isEqualTo("m1");
        assertThat(as("admin").get("/api/v1/people/" + person + "/data").jsonPath().getMap("tables")).isEmpty();
        assertThat(as("admin").delete("/api/v1/people/" + person).jsonPath().getInt("rowsChanged")).isZero();

        JsonPath feed = given().header("Authorization", Tokens.bearer("service", tenant)).get("/api/v1/feeds/person-erasures").jsonPath();
        assertThat(feed.getList("events.data.personKey", String.class)).containsExactly(PersonData.personKey(tenant, person));
        // the trail keeps that it happened, by key
        assertThat(as("admin").get("/api/v1/audit-events?operation=erasePerson").jsonPath().getString("items[0].resource"))
                .isEqualTo("/api/v1/people/key:" + PersonData.personKey(tenant, person));
    }

    @Test
    void onlyAdminsOfTheTenantReachAPersonsData() {
        assertThat(as("programme-manager").get("/api/v1/people/m1/data").statusCode()).isEqualTo(403);
        assertThat(as("integration").delete("/api/v1/people/m1").statusCode()).isEqualTo(403);
        Response stranger = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).delete("/api/v1/people/m1");
        assertThat(stranger.jsonPath().getInt("rowsChanged")).isZero();
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).get("/api/v1/people/m1/data")
                .jsonPath().getMap("tables")).isEmpty();
        assertThat(as("admin").get("/api/v1/people/m1/data").jsonPath().getString("tables.participant[0].person_id")).isEqualTo("m1");
    }
}
