package io.tandem.analytics.ingestion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ingestion against real PostgreSQL, the feeds replayed by WireMock in the services' page format
 * (page size 3 in tests, so every feed spans several pages).
 */
@QuarkusTest
@QuarkusTestResource(FeedStub.class)
class IngestionTest {

    private static final List<String> TABLES = List.of("participant_fact", "participant_status_fact", "proposal_fact", "relationship_fact",
            "relationship_event_fact", "goal_fact", "meeting_fact", "response_fact", "assignment_fact", "check_in_people", "check_in_due",
            "score_column_fact", "check_in_relationship", "proposal_factor_fact");

    @Inject
    Ingestion ingestion;

    @Inject
    AgroalDataSource db;

    final String tenant = "t-" + UUID.randomUUID();
    final String other = "t-" + UUID.randomUUID();
    final UUID programme = UUID.randomUUID();
    final UUID relationship = UUID.randomUUID();
    final UUID goal = UUID.randomUUID();

    @BeforeEach
    void freshFeeds() throws SQLException {
        FeedStub.restart(db);
        sql("delete from feed_rebuild");
        serveAll();
    }

    @Test
    void everyFeedBecomesFactsAndApplyingItAgainChangesNothing() throws SQLException {
        assertThat(ingestion.pass("A").values()).containsOnly(Ingestion.Outcome.PULLED);

        assertThat(count("participant_fact")).isEqualTo(4);
        assertThat(one("select status from participant_fact where tenant_id = ? and person_id = 'm1'")).isEqualTo("active");
        assertThat(count("participant_status_fact")).isEqualTo(5);
        assertThat(one("select mentor_decision || '/' || mentee_decision || '/' || status from proposal_fact where tenant_id = ?"))
                .isEqualTo("accept/accept/accepted");
        assertThat(one("select phase || '/' || agreement_confirmed from relationship_fact where tenant_id = ?")).isEqualTo("cultivation/true");
        assertThat(one("select string_agg(change || ':' || phase, ',' order by sequence) from relationship_event_fact where tenant_id = ?"))
                .isEqualTo("started:initiation,agreement-changed:initiation,goal-changed:initiation,phase-changed:cultivation,"
                        + "goal-changed:cultivation,meeting-logged:cultivation");
        assertThat(one("select status from goal_fact where tenant_id = ?")).isEqualTo("achieved");
        assertThat(one("select held_on || '/' || duration_minutes from meeting_fact where tenant_id = ?")).isEqualTo("2026-10-05/45");
        assertThat(one("select string_agg(s.key || '=' || s.value || '/' || perspective || '/' || subject_id, ',' order by s.key) "
                + "from response_fact, unnest(scale_keys, scale_values) as s(key, value) where tenant_id = ? and wave = 'baseline'"))
                .isEqualTo("quality=5.5/self/e1,supportive=4.25/other/m1");
        assertThat(one("select sum(cardinality(scale_keys)) from response_fact where tenant_id = ?")).isEqualTo("3");
        assertThat(one("select string_agg(respondent_id || '/' || status || '/' || due_on, ',' order by respondent_id) from assignment_fact "
                + "where tenant_id = ?")).isEqualTo("e1/cancelled/2026-09-26,m1/open/2026-09-26");
        String before = digest(tenant);

        // Every feed replayed from zero (a crash after applying, before the cursor moved, looks like this): no fact twice.
        sql("update feed_cursor set cursor_value = null");
        ingestion.pass("A");
        assertThat(digest(tenant)).isEqualTo(before);
        assertThat(one("select sum(cardinality(scale_keys)) from response_fact where tenant_id = ?")).isEqualTo("3");
    }

    @Test
    void aPassPullsAssignmentsOnceScoredResponsesAreInSoEachAssignmentIsWrittenOnce() throws SQLException {
        UUID answered = UUID.randomUUID();
        Map<String, Object> answer = scored("e1", null, "self", "e1", Map.of("quality", 5.0), "baseline");
        answer.put("assignmentId", answered.toString());
        answer.put("submittedAt", "2026-09-15T10:00:00Z");
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // two pages before the answer
            responses.add(event(tenant, "scored-response", "2026-09-14T08:00:00Z", scored("e1", null, "self", "e1", Map.of("quality", 4.0),
                    "baseline")));
        }
        responses.add(event(tenant, "scored-response", "2026-09-15T10:00:00Z", answer));
        FeedStub.serve("scored-responses", responses, 3);
        FeedStub.serve("assignments", List.of(event(tenant, "assignment", "2026-09-12T08:00:01Z",
                assignment("created", answered, "e1", "open", null))), 3);

        assertThat(ingestion.pass("A").values()).containsOnly(Ingestion.Outcome.PULLED);

        var served = FeedStub.server.getAllServeEvents();
        long lastResponsesPage = served.stream().filter(e -> e.getRequest().getUrl().contains("/feeds/scored-responses"))
                .mapToLong(e -> e.getRequest().getLoggedDate().getTime()).max().orElseThrow();
        long firstAssignmentsPage = served.stream().filter(e -> e.getRequest().getUrl().contains("/feeds/assignments"))
                .mapToLong(e -> e.getRequest().getLoggedDate().getTime()).min().orElseThrow();
        assertThat(firstAssignmentsPage).isGreaterThanOrEqualTo(lastResponsesPage);
        // inserted already answered, in a later transaction than its answer, and never updated (an update would share the answer's)
        assertThat(one("select answered_at = '2026-09-15T10:00:00Z' and a.xmin::text::bigint > r.xmin::text::bigint from assignment_fact a "
                + "join response_fact r on r.assignment_id = a.assignment_id where a.tenant_id = ?")).isEqualTo("t");
        assertThat(one("select answered || '/' || assigned from check_in_people where tenant_id = ?")).isEqualTo("1/1");
    }

    @Test
    void oneConsumerHoldsAFeedAndAnotherTakesOverWhenItsLeaseRunsOut() {
        assertThat(ingestion.pass("A").values()).containsOnly(Ingestion.Outcome.PULLED);
        assertThat(ingestion.pass("B").values()).containsOnly(Ingestion.Outcome.HELD_ELSEWHERE);
        assertThat(status(tenant).jsonPath().getList("feeds.activeConsumer", String.class)).containsOnly("A");
        // A stops renewing (it died): B takes every feed over once A's three-second lease runs out
        await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> ingestion.pass("B").values().stream().allMatch(o -> o == Ingestion.Outcome.PULLED));
        assertThat(ingestion.pass("A").values()).containsOnly(Ingestion.Outcome.HELD_ELSEWHERE);
        assertThat(status(tenant).jsonPath().getList("feeds.activeConsumer", String.class)).containsOnly("B");
    }

    @Test
    void aSourceThatIsDownWaitsWithBackOffAndShowsAsLagging() {
        FeedStub.down("scored-responses");
        Map<FeedSource, Ingestion.Outcome> first = ingestion.pass("A");
        assertThat(first).containsEntry(FeedSource.SCORED_RESPONSES, Ingestion.Outcome.FAILED)
                .containsEntry(FeedSource.RELATIONSHIPS, Ingestion.Outcome.PULLED);
        assertThat(ingestion.pass("A")).containsEntry(FeedSource.SCORED_RESPONSES, Ingestion.Outcome.WAITING);

        Response status = status(tenant);
        assertThat(status.jsonPath().getInt("feeds.find { it.feed == 'scored-responses' }.failures")).isEqualTo(1);
        assertThat(status.jsonPath().getBoolean("feeds.find { it.feed == 'scored-responses' }.lagging")).isTrue();
        assertThat(status.jsonPath().getString("feeds.find { it.feed == 'scored-responses' }.lastError")).contains("503");
        assertThat(status.jsonPath().getBoolean("feeds.find { it.feed == 'relationships' }.lagging")).isFalse();
        Response ready = given().get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'degraded' }.status")).isEqualTo("UP");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'degraded' }.data.lagging")).isEqualTo("scored-responses");

        serveAll();
        // once its back-off (0.5 s and jitter in tests) has passed, the feed is pulled again
        await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> ingestion.pass("A").get(FeedSource.SCORED_RESPONSES) == Ingestion.Outcome.PULLED);
        assertThat(status(tenant).jsonPath().getInt("feeds.find { it.feed == 'scored-responses' }.failures")).isZero();
    }

    @Test
    void aRebuildFromZeroGivesTheSameReadModelAndTouchesNoOtherTenant() throws SQLException {
        ingestion.pass("A");
        String mine = digest(tenant);
        String theirs = digest(other);
        sql("update relationship_fact set phase = 'ended' where tenant_id = '" + tenant + "'"); // a damaged read model
        sql("delete from response_fact where tenant_id = '" + tenant + "'");

        Response requested = given().header("Authorization", Tokens.bearer("admin", tenant)).post("/api/v1/ingestion/rebuild");
        assertThat(requested.statusCode()).isEqualTo(202);
        assertThat(requested.jsonPath().getList("rebuild.finishedAt")).hasSize(7).containsOnlyNulls();
        assertThat(given().header("Authorization", Tokens.bearer("admin", tenant)).post("/api/v1/ingestion/rebuild").statusCode()).isEqualTo(409);
        assertThat(status(other).jsonPath().getList("rebuild")).isEmpty();

        ingestion.pass("A");
        assertThat(digest(tenant)).isEqualTo(mine);
        assertThat(digest(other)).isEqualTo(theirs);
        assertThat(status(tenant).jsonPath().getList("rebuild.finishedAt")).hasSize(7).doesNotContainNull();
    }

    @Test
    void onlyAdminsSeeOrSteerIngestion() {
        assertThat(given().header("Authorization", Tokens.bearer("programme-manager", tenant)).get("/api/v1/ingestion/status").statusCode())
                .isEqualTo(403);
        assertThat(given().header("Authorization", Tokens.bearer("researcher", tenant)).post("/api/v1/ingestion/rebuild").statusCode())
                .isEqualTo(403);
        assertThat(given().get("/api/v1/ingestion/status").statusCode()).isEqualTo(401);
        Response pulled = given().header("Authorization", Tokens.bearer("admin", tenant)).post("/api/v1/ingestion/pull");
        assertThat(pulled.statusCode()).isEqualTo(200);
        assertThat(pulled.jsonPath().getList("feeds.eventsApplied", Integer.class)).allMatch(n -> n > 0);
    }

    // --- the feeds ---------------------------------------------------------------------------------

    private void serveAll() {
        UUID[] participants = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        List<Map<String, Object>> people = new ArrayList<>();
        people.add(event(tenant, "participant", "2026-09-01T08:00:00Z", participant("enrolled", participants[0], "m1", "mentor", "enrolled")));
        people.add(event(tenant, "participant", "2026-09-01T08:00:01Z", participant("enrolled", participants[1], "e1", "mentee", "enrolled")));
        people.add(event(other, "participant", "2026-09-01T08:00:02Z", participant("enrolled", participants[2], "x1", "mentee", "enrolled")));
        people.add(event(tenant, "participant", "2026-09-02T08:00:00Z", participant("status-changed", participants[0], "m1", "mentor", "active")));
        people.add(event(tenant, "participant", "2026-09-02T08:00:01Z", participant("profile-changed", participants[0], "m1", "mentor", "active")));
        people.add(event(tenant, "participant", "2026-09-03T08:00:00Z", participant("enrolled", UUID.randomUUID(), "m2", "mentor", "enrolled")));
        people.add(event(tenant, "participant", "2026-09-03T08:00:01Z", participant("enrolled", UUID.randomUUID(), "e2", "mentee", "enrolled")));
        FeedStub.serve("participants", people, 3);

        UUID proposal = UUID.randomUUID();
        FeedStub.serve("proposals", List.of(
                event(tenant, "proposal", "2026-09-10T08:00:00Z", proposal("published", proposal, null, null, "published")),
                event(tenant, "proposal", "2026-09-11T08:00:00Z", proposal("decided", proposal, "accept", null, "published")),
                event(tenant, "proposal", "2026-09-12T08:00:00Z", proposal("decided", proposal, "accept", "accept", "accepted"))), 3);

        FeedStub.serve("relationships", List.of(
                event(tenant, "relationship", "2026-09-12T08:00:00Z", relationship("started", "initiation", false, null, null)),
                event(tenant, "relationship", "2026-09-13T08:00:00Z", relationship("agreement-changed", "initiation", true, null, null)),
                event(tenant, "relationship", "2026-09-14T08:00:00Z", relationship("goal-changed", "initiation", true, goal("open"), null)),
                event(tenant, "relationship", "2026-10-01T08:00:00Z", relationship("phase-changed", "cultivation", true, null, null)),
                event(tenant, "relationship", "2026-10-02T08:00:00Z", relationship("goal-changed", "cultivation", true, goal("achieved"), null)),
                event(tenant, "relationship", "2026-10-05T08:00:00Z", relationship("meeting-logged", "cultivation", true, null,
                        Map.of("id", UUID.randomUUID().toString(), "heldOn", "2026-10-05", "durationMinutes", 45, "channel", "video")))), 3);

        UUID assignment = UUID.randomUUID();
        FeedStub.serve("assignments", List.of(
                event(tenant, "assignment", "2026-09-12T08:00:01Z", assignment("created", assignment, "e1", "open", null)),
                event(tenant, "assignment", "2026-09-12T08:00:01Z", assignment("created", UUID.randomUUID(), "m1", "open", null)),
                event(other, "assignment", "2026-09-12T08:00:02Z", assignment("created", UUID.randomUUID(), "x1", "open", null)),
                event(tenant, "assignment", "2026-09-30T08:00:00Z", assignment("cancelled", assignment, "e1", "cancelled", "2026-09-30T08:00:00Z"))), 3);

        FeedStub.serve("scored-responses", List.of(
                event(tenant, "scored-response", "2026-09-20T08:00:00Z", scored("e1", null, "self", "e1", Map.of("quality", 5.5), "baseline")),
                event(tenant, "scored-response", "2026-09-20T09:00:00Z", scored("e1", "m1", "other", "m1", Map.of("supportive", 4.25), "baseline")),
                event(other, "scored-response", "2026-09-21T08:00:00Z", scored("x1", null, "self", "x1", Map.of("quality", 3.0), "baseline")),
                event(tenant, "scored-response", "2026-11-20T08:00:00Z", scored("e1", null, "self", "e1", Map.of("quality", 6.0), "check-in-1"))), 3);

        // both services' erasure feeds (one stub path): a person the read model never saw, so nothing changes
        FeedStub.serve("person-erasures", List.of(event(tenant, "person-erased", "2026-11-21T08:00:00Z",
                Map.of("personKey", io.tandem.support.privacy.PersonData.personKey(tenant, "never-seen"), "scoresKept", false))), 3);
    }

    private static Map<String, Object> event(String tenant, String type, String at, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("tenant", tenant);
        event.put("type", type);
        event.put("occurredAt", at);
        event.put("data", data);
        return event;
    }

    private Map<String, Object> participant(String change, UUID id, String person, String role, String status) {
        Map<String, Object> data = new LinkedHashMap<>(Map.of("change", change, "participantId", id.toString(), "programmeId", programme.toString(),
                "personId", person, "role", role, "status", status, "hasManager", false));
        data.put("diversity", Map.of("gender", person.startsWith("m") ? "f" : "m"));
        return data;
    }

    private Map<String, Object> proposal(String change, UUID id, String mentor, String mentee, String status) {
        Map<String, Object> data = new HashMap<>(Map.of("change", change, "proposalId", id.toString(), "runId", UUID.randomUUID().toString(),
                "programmeId", programme.toString(), "mentorId", "m1", "menteeId", "e1", "status", status, "score", 87));
        data.put("mentorDecision", mentor);
        data.put("menteeDecision", mentee);
        data.put("recommendationRank", null);
        return data;
    }

    private Map<String, Object> relationship(String change, String phase, boolean confirmed, Map<String, Object> goal, Map<String, Object> meeting) {
        Map<String, Object> data = new HashMap<>(Map.of("change", change, "relationshipId", relationship.toString(),
                "programmeId", programme.toString(), "mentorId", "m1", "menteeId", "e1", "origin", "proposal", "phase", phase,
                "startedOn", "2026-09-12", "plannedEndOn", "2027-03-12", "endedEarly", false));
        data.put("agreementConfirmed", confirmed);
        data.put("endedOn", null);
        data.put("endReason", null);
        data.put("continuesAsPeers", null);
        data.put("goal", goal);
        data.put("meeting", meeting);
        return data;
    }

    private Map<String, Object> assignment(String change, UUID id, String respondent, String status, String cancelledAt) {
        Map<String, Object> data = new HashMap<>(Map.of("change", change, "assignmentId", id.toString(), "respondentId", respondent,
                "instrumentKey", "relationship-quality", "instrumentVersion", 1, "programmeId", programme.toString(),
                "relationshipId", relationship.toString(), "role", respondent.startsWith("m") ? "mentor" : "mentee", "wave", "baseline",
                "status", status));
        data.put("dueOn", "2026-09-26");
        data.put("createdAt", "2026-09-12T08:00:01Z");
        data.put("cancelledAt", cancelledAt);
        data.put("aboutPersonId", null);
        return data;
    }

    private Map<String, Object> goal(String status) {
        return Map.of("id", goal.toString(), "owner", "mentee", "status", status, "targetOn", "2027-01-31");
    }

    private Map<String, Object> scored(String respondent, String about, String perspective, String subject, Map<String, Double> scores,
                                       String wave) {
        Map<String, Object> data = new HashMap<>(Map.of("responseId", UUID.randomUUID().toString(), "assignmentId", UUID.randomUUID().toString(),
                "respondentId", respondent, "instrumentId", UUID.randomUUID().toString(), "instrumentKey", "relationship-quality",
                "instrumentVersion", 1, "programmeId", programme.toString(), "relationshipId", relationship.toString(),
                "role", "mentee", "wave", wave));
        data.put("aboutPersonId", about);
        data.put("submittedAt", "2026-09-20T08:00:00Z");
        data.put("subjectId", subject);
        data.put("perspective", perspective);
        data.put("scores", scores.entrySet().stream().map(s -> Map.of("key", s.getKey(), "value", s.getValue(), "answered", 4, "expected", 4))
                .toList());
        return data;
    }

    // --- reading the database ----------------------------------------------------------------------

    private Response status(String asTenant) {
        return given().header("Authorization", Tokens.bearer("admin", asTenant)).get("/api/v1/ingestion/status");
    }

    private long count(String table) throws SQLException {
        return Long.parseLong(one("select count(*) from " + table + " where tenant_id = ?"));
    }

    private String one(String query) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** Every read-model row of a tenant, as one hash. */
    private String digest(String ofTenant) throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "select coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from " + table + " t where tenant_id = ?")) {
                s.setString(1, ofTenant);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    all.append(table).append('=').append(r.getString(1)).append(';');
                }
            }
        }
        return all.toString();
    }

    @Test
    void pageColumnsReachPostgresqlAsTheTextTheFeedSent() throws SQLException {
        List<String> awkward = java.util.Arrays.asList("other-focused", "say \"hi\", then \\ go", null, "NULL", "null", "", " padded ",
                "{braces}", "a,b", "é ü", "tab\there", "2026-03-08T10:00:00Z");
        String inner = ArrayLiteral.of(List.of("trust", "a \"b\"", "c,d"), java.util.function.Function.identity());
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select x from unnest(?::text[]) with ordinality as u(x, n) order by n");
             PreparedStatement nested = c.prepareStatement("select cast(x as text[]) from unnest(?::text[]) as u(x)")) {
            s.setString(1, ArrayLiteral.of(awkward, java.util.function.Function.identity()));
            List<String> back = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    back.add(r.getString(1));
                }
            }
            assertThat(back).isEqualTo(awkward);
            nested.setString(1, ArrayLiteral.of(List.of(inner), java.util.function.Function.identity()));
            try (ResultSet r = nested.executeQuery()) {
                r.next();
                assertThat((String[]) r.getArray(1).getArray()).containsExactly("trust", "a \"b\"", "c,d");
            }
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }
}
