package io.tandem.survey.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ScoredResponsesFeedTest {

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRetention retention;

    private SurveyFixture fixture;

    @BeforeEach
    void newTenantWithPublishedInstrument() {
        fixture = new SurveyFixture();
    }

    private Response page(String after) {
        return fixture.as("service").queryParam("limit", 7).queryParam("after", after == null ? "" : after)
                .get("/api/v1/feeds/scored-responses");
    }

    @Test
    void everyConcurrentSubmitAppearsExactlyOnceWhileReadersPoll() throws Exception {
        int submits = 40;
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < submits; i++) {
            assignments.add(fixture.assign("p" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> done = new ArrayList<>();
        for (String assignment : assignments) {
            done.add(pool.submit(() -> fixture.submit(assignment, SurveyFixture.VALID_ANSWERS).jsonPath().getString("id")));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen.size() < submits && System.nanoTime() < deadline) {
            Response page = page(cursor);
            assertThat(page.statusCode()).isEqualTo(200);
            seen.addAll(page.jsonPath().getList("events.data.responseId", String.class));
            cursor = page.jsonPath().getString("nextCursor");
        }
        Set<String> submitted = new HashSet<>();
        for (Future<String> f : done) {
            submitted.add(f.get());
        }
        pool.shutdown();
        assertThat(seen).hasSize(submits).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(submitted);
        assertThat(page(cursor).jsonPath().getList("events")).isEmpty();
    }

    @Test
    void aTransactionThatCommitsLateHoldsTheFeedBackInsteadOfBeingSkipped() throws Exception {
        UUID lateId = UUID.randomUUID();
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            try (PreparedStatement insert = late.prepareStatement("insert into outbox_event (tenant_id, event_type, aggregate_id, payload) "
                    + "values (?, 'scored-response', ?, cast(? as jsonb))")) {
                insert.setString(1, fixture.tenant);
                insert.setObject(2, lateId);
                insert.setString(3, "{\"responseId\": \"" + lateId + "\"}");
                insert.executeUpdate();
            }
            String early = fixture.submit(fixture.assign("q1"), SurveyFixture.VALID_ANSWERS).jsonPath().getString("id");

            Response held = page(null);
            assertThat(held.jsonPath().getList("events")).isEmpty();

            late.commit();
            Response both = page(held.jsonPath().getString("nextCursor"));
            assertThat(both.jsonPath().getList("events.data.responseId", String.class)).containsExactly(lateId.toString(), early);
            assertThat(both.jsonPath().getString("events[1].data.instrumentKey")).isEqualTo(fixture.instrumentKey);
            assertThat(both.jsonPath().getString("events[1].data.wave")).isEqualTo("baseline");
        }
    }

    @Test
    void readsEveryEventOnceInCommitOrderWhenTransactionIdsCrossAPowerOfTen() throws Exception {
        long boundary = nextPowerOfTenAbove(currentTransactionId() + 20);
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(fixture.submit(fixture.assign("before" + i), SurveyFixture.VALID_ANSWERS).jsonPath().getString("id"));
        }
        burnTransactionIdsUpTo(boundary);
        for (int i = 0; i < 3; i++) {
            submitted.add(fixture.submit(fixture.assign("after" + i), SurveyFixture.VALID_ANSWERS).jsonPath().getString("id"));
        }
        assertThat(currentTransactionId()).isGreaterThan(boundary);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int pageNo = 0; pageNo < 10; pageNo++) {
            Response page = fixture.as("service").queryParam("limit", 2).queryParam("after", cursor == null ? "" : cursor)
                    .get("/api/v1/feeds/scored-responses");
            assertThat(page.statusCode()).isEqualTo(200);
            seen.addAll(page.jsonPath().getList("events.data.responseId", String.class));
            cursor = page.jsonPath().getString("nextCursor");
        }
        assertThat(seen).containsExactlyElementsOf(submitted);
    }

    private long currentTransactionId() throws Exception {
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("select pg_current_xact_id()::text")) {
            rows.next();
            return Long.parseLong(rows.getString(1));
        }
    }

    private static long nextPowerOfTenAbove(long value) {
        long power = 10;
        while (power <= value) {
            power *= 10;
        }
        return power;
    }

    /** Each committed loop turn takes one transaction id, so the counter passes the boundary quickly. */
    private void burnTransactionIdsUpTo(long boundary) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            connection.createStatement().execute("do $$ begin while pg_current_xact_id()::text::bigint <= " + boundary
                    + " loop commit; end loop; end $$");
        }
    }

    @Test
    void eventsOlderThanTheRetentionWindowLeaveTheFeedAndNewerOnesStay() throws Exception {
        String old = fixture.submit(fixture.assign("old1"), SurveyFixture.VALID_ANSWERS).jsonPath().getString("id");
        String recent = fixture.submit(fixture.assign("new1"), SurveyFixture.VALID_ANSWERS).jsonPath().getString("id");
        try (Connection c = dataSource.getConnection();
             PreparedStatement age = c.prepareStatement("update outbox_event set created_at = now() - interval '401 days' "
                     + "where tenant_id = ? and payload->>'responseId' = ?")) {
            age.setString(1, fixture.tenant);
            age.setString(2, old);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        while (retention.deleteExpiredBatch() > 0) {
            // until nothing is due
        }
        assertThat(page(null).jsonPath().getList("events.data.responseId", String.class)).containsExactly(recent);
    }

    @Test
    void onlyServicesReadTheFeedAndOnlyTheirTenantsEvents() {
        fixture.submit(fixture.assign("r1"), SurveyFixture.VALID_ANSWERS);
        assertThat(fixture.as("admin").get("/api/v1/feeds/scored-responses").statusCode()).isEqualTo(403);
        SurveyFixture other = new SurveyFixture();
        assertThat(other.as("service").get("/api/v1/feeds/scored-responses").jsonPath().getList("events")).isEmpty();
        assertThat(fixture.as("service").queryParam("after", "garbage!").get("/api/v1/feeds/scored-responses").statusCode()).isEqualTo(400);
    }

    @Test
    void thePlatformIdentityReadsEveryTenantsEventsEachNamingItsTenant() {
        fixture.submit(fixture.assign("r1"), SurveyFixture.VALID_ANSWERS);
        SurveyFixture other = new SurveyFixture();
        other.submit(other.assign("r2"), SurveyFixture.VALID_ANSWERS);
        String platform = "Bearer " + io.tandem.testsupport.Tokens.withoutTenant("platform-service");
        java.util.List<java.util.Map<String, Object>> all = new java.util.ArrayList<>();
        String cursor = "";
        while (true) {
            Response page = io.restassured.RestAssured.given().header("Authorization", platform).queryParam("after", cursor).queryParam("limit", 1000)
                    .get("/api/v1/feeds/scored-responses");
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            java.util.List<java.util.Map<String, Object>> events = page.jsonPath().getList("events");
            if (events.isEmpty()) {
                break;
            }
            all.addAll(events);
            cursor = page.jsonPath().getString("nextCursor");
        }
        assertThat(all).extracting(e -> e.get("tenant")).contains(fixture.tenant, other.tenant);
        assertThat(fixture.as("service").get("/api/v1/feeds/scored-responses").jsonPath().getList("events.tenant", String.class))
                .containsOnly(fixture.tenant);
        assertThat(io.restassured.RestAssured.given().header("Authorization", platform).get("/api/v1/assignments").statusCode()).isEqualTo(403);
    }
}
