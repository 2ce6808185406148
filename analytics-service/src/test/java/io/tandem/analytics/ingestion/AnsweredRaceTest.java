package io.tandem.analytics.ingestion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tandem.analytics.readmodel.CheckInLock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page of new assignments is inserted outside the check-in lock: a responses page that commits meanwhile cannot mark them answered
 * (it does not see them), and the insert did not see its responses. The assignments page must still end with them answered. The
 * order is forced: both pages wait on the lock held here, the responses page first, so it commits first.
 */
@QuarkusTest
@QuarkusTestResource(FeedStub.class)
class AnsweredRaceTest {

    @Inject
    AgroalDataSource db;

    private final String tenant = "t-" + UUID.randomUUID();
    private final String programme = UUID.randomUUID().toString();
    private final String relationship = UUID.randomUUID().toString();
    private final String assignment = UUID.randomUUID().toString();

    private interface Work {
        void on(Connection connection) throws Exception;
    }

    private void inTransaction(Work work) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = db.getConnection()) {
                work.on(c);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void page(FeedSource source, FeedApis.Event<?> event) {
        inTransaction(c -> {
            FactWriter writer = new FactWriter(c);
            writer.apply(source, event);
            writer.flush();
        });
    }

    /** Transactions waiting for the check-in lock (its key 7342001 is the low half of the advisory lock's id). */
    private long waitingForTheLock() throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from pg_locks where locktype = 'advisory' and objid = 7342001 and not granted");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private String one(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void anAssignmentInsertedWhileItsAnswerCommitsIsAnswered() throws Exception {
        var answer = new FeedApis.Event<>(1, tenant, "scored-response", "2026-03-08T10:00:00Z", new FeedApis.Scored(UUID.randomUUID().toString(),
                assignment, "e1", "relationship-quality", 1, programme, relationship, "mentee", "baseline", "2026-03-08T10:00:00Z",
                List.of(new FeedApis.Score("relationship-quality", 5.5, null)), "e1", "self"));
        var assigned = new FeedApis.Event<>(1, tenant, "assignment", "2026-03-01T08:00:00Z", new FeedApis.Assignment(assignment, "e1",
                "relationship-quality", 1, programme, relationship, null, "mentee", "baseline", "2026-03-15", "open", "2026-03-01T08:00:00Z",
                null));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> inTransaction(c -> {
                CheckInLock.take(c);
                held.countDown();
                release.await();
            }));
            held.await();
            Future<?> responses = threads.submit(() -> page(FeedSource.SCORED_RESPONSES, answer));
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingForTheLock() == 1);
            Future<?> assignments = threads.submit(() -> page(FeedSource.ASSIGNMENTS, assigned));
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingForTheLock() == 2);
            release.countDown();
            holder.get();
            responses.get();
            assignments.get();
        } finally {
            threads.shutdownNow();
        }

        assertThat(one("select answered_at at time zone 'UTC' from assignment_fact where tenant_id = ?")).isEqualTo("2026-03-08 10:00:00");
        assertThat(one("select assigned || '/' || answered from check_in_people where tenant_id = ?")).isEqualTo("1/1");
        assertThat(one("select assigned || '/' || answered from check_in_relationship where tenant_id = ?")).isEqualTo("1/1");
    }

    @Test
    void aKnownAssignmentTakesItsNewStateAndAReplayCountsNothingTwice() throws Exception {
        var open = new FeedApis.Event<>(1, tenant, "assignment", "2026-03-01T08:00:00Z", new FeedApis.Assignment(assignment, "e1",
                "relationship-quality", 1, programme, relationship, null, "mentee", "baseline", "2026-03-15", "open", "2026-03-01T08:00:00Z",
                null));
        var cancelled = new FeedApis.Event<>(2, tenant, "assignment", "2026-03-02T08:00:00Z", new FeedApis.Assignment(assignment.toUpperCase(),
                "e1", "relationship-quality", 1, programme, relationship, null, "mentee", "baseline", "2026-03-15", "cancelled",
                "2026-03-01T08:00:00Z", "2026-03-02T08:00:00Z"));
        page(FeedSource.ASSIGNMENTS, open);
        page(FeedSource.ASSIGNMENTS, open);
        assertThat(one("select assigned || '/' || answered from check_in_people where tenant_id = ?")).isEqualTo("1/0");
        page(FeedSource.ASSIGNMENTS, cancelled);
        page(FeedSource.ASSIGNMENTS, cancelled);
        assertThat(one("select status || ' ' || (cancelled_at at time zone 'UTC') from assignment_fact where tenant_id = ?"))
                .isEqualTo("cancelled 2026-03-02 08:00:00");
        assertThat(one("select assigned || '/' || answered from check_in_people where tenant_id = ?")).isEqualTo("0/0");
    }
}
