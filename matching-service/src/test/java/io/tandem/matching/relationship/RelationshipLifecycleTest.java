package io.tandem.matching.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tandem.matching.survey.SurveyServiceStub;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Relationships through HTTP: how they start, the phases they may take, who may see them, and what ends them. */
@QuarkusTest
class RelationshipLifecycleTest extends RelationshipTestBase {

    @Test
    void theSecondAcceptanceStartsOneRelationshipPlannedForTheProgrammesMinimumDuration() {
        String proposal = publishedProposalOf("e1");
        decide("mentor", "m1", proposal);
        assertThat(asPerson("mentee", "e1").get("/api/v1/me/relationships").jsonPath().getList("items")).isEmpty();
        decide("mentee", "e1", proposal);
        Response mine = asPerson("mentee", "e1").get("/api/v1/me/relationships");
        assertThat(mine.jsonPath().getList("items")).hasSize(1);
        Map<String, Object> relationship = mine.jsonPath().getMap("items[0]");
        assertThat(relationship).containsEntry("mentorId", "m1").containsEntry("menteeId", "e1").containsEntry("origin", "proposal")
                .containsEntry("proposalId", proposal).containsEntry("phase", "initiation");
        LocalDate started = LocalDate.parse((String) relationship.get("startedOn"));
        assertThat(LocalDate.parse((String) relationship.get("plannedEndOn"))).isEqualTo(started.plusMonths(6));
        assertThat(asPerson("mentee", "e1").body(Map.of("decision", "accept")).post("/api/v1/proposals/" + proposal + "/decision").statusCode())
                .isIn(200, 409);
        Response listed = as("admin").get("/api/v1/programmes/" + programme + "/relationships");
        assertThat(listed.jsonPath().getList("items")).as(listed.asString()).hasSize(1);
        assertThat(history(id(relationship))).extracting(h -> h.get("to")).containsExactly("initiation");
    }

    @Test
    void phasesMoveOnlyAlongAllowedStepsAndTheHistorySaysWhoWhenAndWhy() {
        String id = started();
        assertThat(move("mentor", "m1", id, Map.of("phase", "cultivation")).statusCode()).as("programme not running yet").isEqualTo(409);
        status("running");
        Response skip = move("mentor", "m1", id, Map.of("phase", "separation"));
        assertThat(skip.statusCode()).isEqualTo(409);
        assertThat(skip.contentType()).startsWith("application/problem+json");
        assertThat(move("mentor", "m1", id, Map.of("phase", "cultivation", "reason", "we know each other now")).statusCode()).isEqualTo(200);
        assertThat(move("mentee", "e1", id, Map.of("phase", "redefinition")).statusCode()).isEqualTo(409);
        assertThat(move("mentee", "e1", id, Map.of("phase", "separation")).statusCode()).isEqualTo(200);
        assertThat(move("mentee", "e1", id, Map.of("phase", "redefinition")).statusCode()).as("closing needs a reason").isEqualTo(400);
        Response peers = move("mentee", "e1", id, Map.of("phase", "redefinition", "endReason", "goals-met", "reason", "we stay in touch as peers"));
        assertThat(peers.statusCode()).isEqualTo(200);
        assertThat(peers.jsonPath().getBoolean("continuesAsPeers")).isTrue();
        assertThat(peers.jsonPath().getBoolean("endedEarly")).as("before the planned end").isTrue();
        assertThat(peers.jsonPath().getString("endReason")).isEqualTo("goals-met");
        assertThat(move("mentor", "m1", id, Map.of("phase", "ended", "endReason", "other")).statusCode()).isEqualTo(409);
        assertThat(asPerson("mentor", "m1").body(Map.of("plannedEndOn", "2030-01-01")).post("/api/v1/relationships/" + id + "/extension")
                .statusCode()).isEqualTo(409);
        List<Map<String, Object>> history = history(id);
        assertThat(history).extracting(h -> h.get("to")).containsExactly("initiation", "cultivation", "separation", "redefinition");
        assertThat(history.get(1)).containsEntry("changedBy", "m1").containsEntry("reason", "we know each other now");
        assertThat(history.get(3)).containsEntry("changedBy", "e1");
    }

    @Test
    void thePlannedEndCanBeExtendedAndAnEarlyEndIsFlagged() {
        String id = started();
        status("running");
        String planned = as("admin").get("/api/v1/relationships/" + id).jsonPath().getString("plannedEndOn");
        LocalDate later = LocalDate.parse(planned).plusMonths(3);
        assertThat(asPerson("mentor", "m1").body(Map.of("plannedEndOn", planned)).post("/api/v1/relationships/" + id + "/extension")
                .statusCode()).isEqualTo(400);
        Response extended = asPerson("mentor", "m1").body(Map.of("plannedEndOn", later.toString(), "reason", "one more goal"))
                .post("/api/v1/relationships/" + id + "/extension");
        assertThat(extended.jsonPath().getString("plannedEndOn")).isEqualTo(later.toString());
        Response ended = move("mentee", "e1", id, Map.of("phase", "ended", "endReason", "mismatch", "reason", "different expectations"));
        assertThat(ended.jsonPath().getBoolean("endedEarly")).isTrue();
        assertThat(ended.jsonPath().getBoolean("continuesAsPeers")).isFalse();
        assertThat(ended.jsonPath().getString("endNote")).isEqualTo("different expectations");
    }

    @Test
    void informalPairsAreRecordedOnceAndOnlyWhileTheProgrammeRuns() {
        Map<String, Object> pair = Map.of("mentorId", "m2", "menteeId", "e2", "note", "met at the guild");
        assertThat(as("programme-manager").body(pair).post("/api/v1/programmes/" + programme + "/relationships").statusCode()).isEqualTo(409);
        status("running");
        Response recorded = as("programme-manager").body(pair).post("/api/v1/programmes/" + programme + "/relationships");
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(recorded.header("Location")).endsWith("/api/v1/relationships/" + recorded.jsonPath().getString("id"));
        assertThat(recorded.jsonPath().getString("origin")).isEqualTo("informal");
        Response again = as("programme-manager").body(pair).post("/api/v1/programmes/" + programme + "/relationships");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getString("id")).isEqualTo(recorded.jsonPath().getString("id"));
        assertThat(as("programme-manager").body(Map.of("mentorId", "e1", "menteeId", "e2"))
                .post("/api/v1/programmes/" + programme + "/relationships").statusCode()).isEqualTo(400);
        Response nobody = as("programme-manager").body(Map.of("mentorId", "m1", "menteeId", "nobody"))
                .post("/api/v1/programmes/" + programme + "/relationships");
        assertThat(nobody.statusCode()).as(nobody.asString()).isEqualTo(400);
        assertThat(asPerson("mentor", "m2").body(pair).post("/api/v1/programmes/" + programme + "/relationships").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheTwoPeopleAndTheTenantsStaffSeeARelationship() {
        String id = started();
        assertThat(asPerson("mentee", "e1").get("/api/v1/relationships/" + id).statusCode()).isEqualTo(200);
        assertThat(asPerson("mentor", "m1").get("/api/v1/relationships/" + id).statusCode()).isEqualTo(200);
        assertThat(as("programme-manager").get("/api/v1/relationships/" + id).statusCode()).isEqualTo(200);
        assertThat(asPerson("mentor", "m2").get("/api/v1/relationships/" + id).statusCode()).as("another pair's mentor").isEqualTo(404);
        assertThat(asPerson("mentor", "m2").get("/api/v1/relationships/" + id + "/history").statusCode()).isEqualTo(404);
        assertThat(move("mentor", "m2", id, Map.of("phase", "cultivation")).statusCode()).isEqualTo(404);
        assertThat(as("researcher").get("/api/v1/relationships/" + id).statusCode()).isEqualTo(403);
        assertThat(asPerson("mentor", "m2").get("/api/v1/me/relationships").jsonPath().getList("items")).isEmpty();
        String otherTenant = "t-" + UUID.randomUUID();
        assertThat(given().header("Authorization", Tokens.bearer("admin", otherTenant)).get("/api/v1/relationships/" + id).statusCode())
                .isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("admin", otherTenant))
                .get("/api/v1/programmes/" + programme + "/relationships").statusCode()).isEqualTo(404);
    }

    @Test
    void bothSidesConfirmTheAgreementAndAChangeAsksThemAgain() {
        String id = started();
        Map<String, Object> terms = Map.of("expectations", "Prepare for a tech-lead role", "meetingCadence", "fortnightly",
                "channel", "video", "confidentialityNote", "stays between us");
        assertThat(asPerson("mentor", "m1").post("/api/v1/relationships/" + id + "/agreement/confirmation").statusCode())
                .as("nothing to confirm yet").isEqualTo(409);
        assertThat(asPerson("mentor", "m1").body(terms).put("/api/v1/relationships/" + id + "/agreement").statusCode()).isEqualTo(200);
        assertThat(asPerson("mentor", "m1").body(Map.of("expectations", "x", "meetingCadence", "hourly", "channel", "video"))
                .put("/api/v1/relationships/" + id + "/agreement").statusCode()).isEqualTo(400);
        asPerson("mentor", "m1").post("/api/v1/relationships/" + id + "/agreement/confirmation").then().statusCode(200);
        assertThat(as("admin").get("/api/v1/relationships/" + id).jsonPath().getBoolean("agreementConfirmed")).isFalse();
        Response both = asPerson("mentee", "e1").post("/api/v1/relationships/" + id + "/agreement/confirmation");
        assertThat(both.jsonPath().getBoolean("agreementConfirmed")).isTrue();
        assertThat(both.jsonPath().getString("mentorConfirmedAt")).isNotNull();
        assertThat(as("programme-manager").post("/api/v1/relationships/" + id + "/agreement/confirmation").statusCode()).isEqualTo(403);
        Response changed = as("programme-manager").body(Map.of("expectations", "Monthly is enough", "meetingCadence", "monthly", "channel", "mixed"))
                .put("/api/v1/relationships/" + id + "/agreement");
        assertThat(changed.jsonPath().getBoolean("agreementConfirmed")).isFalse();
        assertThat(changed.jsonPath().getString("menteeConfirmedAt")).isNull();
    }

    @Test
    void someoneWhoLeavesEndsTheirRelationshipsAndClosingTheProgrammeSeparatesTheRest() {
        String first = started();
        String second = startedFor("e2", "m2");
        status("running");
        Map<String, Object> leaving = person("e1", "mentee", 2, "java", null);
        leaving.put("status", "left");
        as("integration").body(List.of(leaving)).post("/api/v1/programmes/" + programme + "/participants/bulk").then().statusCode(200);
        Response ended = as("admin").get("/api/v1/relationships/" + first);
        assertThat(ended.jsonPath().getString("phase")).isEqualTo("ended");
        assertThat(ended.jsonPath().getString("endReason")).isEqualTo("left-organisation");
        assertThat(history(first).get(1)).containsEntry("changedBy", "system");
        status("closed");
        assertThat(as("admin").get("/api/v1/relationships/" + second).jsonPath().getString("phase")).isEqualTo("separation");
        assertThat(as("admin").get("/api/v1/relationships/" + first).jsonPath().getString("phase")).isEqualTo("ended");
    }

    @Test
    void peopleJoinAndRunsHappenOnlyInTheirStages() {
        status("running");
        Response late = as("integration").body(List.of(person("e9", "mentee", 2, "java", null)))
                .post("/api/v1/programmes/" + programme + "/participants/bulk");
        assertThat(late.jsonPath().getString("rows[0].outcome")).isEqualTo("refused");
        assertThat(as("integration").body(person("e9", "mentee", 2, "java", null)).post("/api/v1/programmes/" + programme + "/participants")
                .statusCode()).isEqualTo(409);
        assertThat(as("programme-manager").post("/api/v1/programmes/" + programme + "/runs").statusCode()).isEqualTo(409);
    }

    @Test
    void anActiveRelationshipHoldsItsMentorsPlaceAndAClosedOneFreesIt() {
        String id = started();
        status("running");
        String withRoom = "/api/v1/programmes/" + programme + "/participants?role=mentor&capacityLeft=true";
        assertThat(as("programme-manager").get(withRoom).jsonPath().getList("items.personId", String.class)).doesNotContain("m1");
        as("programme-manager").body(Map.of("mentorId", "m2", "menteeId", "e2")).post("/api/v1/programmes/" + programme + "/relationships")
                .then().statusCode(201);
        assertThat(as("programme-manager").get(withRoom).jsonPath().getList("items.personId", String.class))
                .as("an informal relationship holds a place too").doesNotContain("m1", "m2");
        move("mentee", "e1", id, Map.of("phase", "ended", "endReason", "mismatch")).then().statusCode(200);
        assertThat(as("programme-manager").get(withRoom).jsonPath().getList("items.personId", String.class)).contains("m1").doesNotContain("m2");
    }

    @Test
    void theCheckInPlanFollowsTheProgrammeSettingsAndTheRelationshipsEnd() {
        Response current = as("admin").get("/api/v1/programmes/" + programme);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Pairs", "type", "classic", "startsOn", "2026-01-01",
                "endsOn", "2027-12-31", "defaultMentorCapacity", 1));
        body.put("settings", Map.of("checkIns", Map.of("everyWeeks", 8, "dueWithinDays", 10, "followUpWeeks", 12)));
        as("admin").header("If-Match", current.header("ETag")).body(body).put("/api/v1/programmes/" + programme).then().statusCode(200);
        String id = started();
        Map<String, Object> relationship = as("admin").get("/api/v1/relationships/" + id).jsonPath().getMap("$");
        LocalDate start = LocalDate.parse((String) relationship.get("startedOn"));
        LocalDate planned = LocalDate.parse((String) relationship.get("plannedEndOn"));

        Response plan = asPerson("mentee", "e1").get("/api/v1/relationships/" + id + "/check-ins");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.jsonPath().getList("waves.wave", String.class))
                .containsExactly("baseline", "check-in-1", "check-in-2", "check-in-3", "closing", "follow-up");
        assertThat(plan.jsonPath().getString("waves[1].opensOn")).isEqualTo(start.plusWeeks(8).toString());
        assertThat(plan.jsonPath().getString("waves[1].dueOn")).isEqualTo(start.plusWeeks(8).plusDays(10).toString());
        assertThat(plan.jsonPath().getString("waves[4].opensOn")).isEqualTo(planned.toString());
        assertThat(plan.jsonPath().getString("waves[5].opensOn")).isEqualTo(planned.plusWeeks(12).toString());
        assertThat(plan.jsonPath().getList("waves[0].mentor.instrumentKey", String.class))
                .containsExactly("personal-identification", "relationship-quality");
        assertThat(plan.jsonPath().getList("waves[4].mentee", Map.class))
                .anySatisfy(a -> assertThat(a).containsEntry("instrumentKey", "mentoring-behaviours").containsEntry("aboutPartner", true));
        assertThat(asPerson("mentor", "m2").get("/api/v1/relationships/" + id + "/check-ins").statusCode()).isEqualTo(404);

        status("running");
        move("mentee", "e1", id, Map.of("phase", "ended", "endReason", "mismatch")).then().statusCode(200);
        Response ended = as("admin").get("/api/v1/relationships/" + id + "/check-ins");
        assertThat(ended.jsonPath().getList("waves.wave", String.class)).containsExactly("baseline", "closing", "follow-up");
        assertThat(ended.jsonPath().getString("waves[1].opensOn")).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }
}
