package io.tandem.analytics.ingestion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tandem.support.persistence.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Table feed_cursor (where each feed stands, who holds it) and feed_rebuild (a tenant's replay). A
 * consumer holds a feed by a lease it renews with every page; a page's facts and the cursor move in one
 * transaction, and only while the lease is still the writer's, so a crash never loses or doubles a fact
 * and a consumer that lost its lease writes nothing.
 */
@ApplicationScoped
class FeedCursors {

    private static final String WHY = "the read model's bookkeeping is the platform's, not a tenant's: one cursor per feed";

    private static final TenantSql ACQUIRE = TenantSql.acrossTenants("""
            update feed_cursor set leased_by = ?, lease_until = now() + cast(? as bigint) * interval '1 millisecond'
            where source = ? and (leased_by = ? or leased_by is null or lease_until is null or lease_until < now())
            returning cursor_value, next_attempt_at <= now(), failures""", WHY);

    private static final TenantSql ADVANCE = TenantSql.acrossTenants("""
            update feed_cursor set cursor_value = ?, events_applied = events_applied + ?, last_pulled_at = now(),
              last_event_at = coalesce(?, last_event_at), caught_up_at = case when ? then now() else caught_up_at end,
              failures = 0, last_error = null, next_attempt_at = now(),
              lease_until = now() + cast(? as bigint) * interval '1 millisecond'
            where source = ? and leased_by = ? and lease_until > now()""", WHY);

    private static final TenantSql ASYNC_COMMIT = TenantSql.acrossTenants("set local synchronous_commit = off", WHY);

    private static final TenantSql FAILED = TenantSql.acrossTenants("""
            update feed_cursor set failures = failures + 1, last_error = ?, next_attempt_at = ?
            where source = ? and leased_by = ?""", WHY);

    private static final TenantSql RELEASE = TenantSql.acrossTenants("""
            update feed_cursor set leased_by = null, lease_until = null where leased_by = ?""", WHY);

    private static final TenantSql STATUS = TenantSql.acrossTenants("""
            select source, events_applied, last_pulled_at, caught_up_at, last_event_at, failures, last_error, next_attempt_at,
                   case when lease_until > now() then leased_by end
            from feed_cursor order by source""", WHY);

    private static final TenantSql PENDING_REBUILDS = TenantSql.acrossTenants("""
            select tenant_id, started, cursor_value from feed_rebuild where source = ? and finished_at is null order by requested_at""", WHY);

    private static final TenantSql REBUILD_MOVED = TenantSql.acrossTenants("""
            update feed_rebuild set started = true, cursor_value = ?, finished_at = case when ? then now() end
            where tenant_id = ? and source = ?
              and exists (select 1 from feed_cursor where source = ? and leased_by = ? and lease_until > now())""", WHY);

    @Inject
    AgroalDataSource dataSource;

    /** The feed's position when this consumer holds it (acquired or renewed), else null. */
    record Held(String cursor, boolean due, int failures) {
    }

    record Rebuild(String tenant, boolean started, String cursor) {
    }

    record Status(String feed, long eventsApplied, Instant lastPulledAt, Instant caughtUpAt, Instant lastEventAt, int failures,
                  String lastError, Instant nextAttemptAt, String activeConsumer) {
    }

    /** Work on the connection inside the page's transaction. */
    interface PageWork {
        void apply(Connection connection) throws SQLException;
    }

    Held acquire(FeedSource source, String owner, Duration lease) {
        return autocommit(c -> {
            try (PreparedStatement s = ACQUIRE.prepare(c, null, owner, lease.toMillis(), source.key(), owner); ResultSet r = s.executeQuery()) {
                return r.next() ? new Held(r.getString(1), r.getBoolean(2), r.getInt(3)) : null;
            }
        });
    }

    /**
     * Applies a page and moves the cursor in one transaction; false (and nothing written) when the lease was lost. The commit does not
     * wait for the disk (synchronous_commit off): a crash can only lose the newest pages together with their cursor, which are then
     * read again, so the read model never holds a fact its cursor has not passed.
     */
    boolean advance(FeedSource source, String owner, Duration lease, PageWork facts, String nextCursor, int events, Instant lastEventAt,
                    boolean caughtUp) {
        return QuarkusTransaction.requiringNew().call(() -> inTransaction(c -> {
            try (PreparedStatement relaxed = ASYNC_COMMIT.prepare(c, null)) {
                relaxed.execute();
            }
            facts.apply(c);
            try (PreparedStatement s = ADVANCE.prepare(c, null, nextCursor, events, lastEventAt == null ? null : Timestamp.from(lastEventAt),
                    caughtUp, lease.toMillis(), source.key(), owner)) {
                if (s.executeUpdate() == 0) {
                    QuarkusTransaction.setRollbackOnly();
                    return false;
                }
                return true;
            }
        }));
    }

    void failed(FeedSource source, String owner, String error, Instant nextAttempt) {
        autocommit(c -> {
            try (PreparedStatement s = FAILED.prepare(c, null, error.length() > 500 ? error.substring(0, 500) : error,
                    Timestamp.from(nextAttempt), source.key(), owner)) {
                return s.executeUpdate();
            }
        });
    }

    void release(String owner) {
        autocommit(c -> {
            try (PreparedStatement s = RELEASE.prepare(c, null, owner)) {
                return s.executeUpdate();
            }
        });
    }

    List<Status> status() {
        return autocommit(c -> {
            List<Status> all = new ArrayList<>();
            try (PreparedStatement s = STATUS.prepare(c, null); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new Status(r.getString(1), r.getLong(2), instant(r, 3), instant(r, 4), instant(r, 5), r.getInt(6), r.getString(7),
                            instant(r, 8), r.getString(9)));
                }
            }
            return all;
        });
    }

    List<Rebuild> pendingRebuilds(FeedSource source) {
        return autocommit(c -> {
            List<Rebuild> pending = new ArrayList<>();
            try (PreparedStatement s = PENDING_REBUILDS.prepare(c, null, source.key()); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pending.add(new Rebuild(r.getString(1), r.getBoolean(2), r.getString(3)));
                }
            }
            return pending;
        });
    }

    /** One step of a tenant's rebuild in one transaction: the work, then its cursor; false when the lease was lost. */
    boolean rebuildStep(FeedSource source, String owner, String tenant, PageWork work, String cursor, boolean finished) {
        return QuarkusTransaction.requiringNew().call(() -> inTransaction(c -> {
            work.apply(c);
            try (PreparedStatement s = REBUILD_MOVED.prepare(c, null, cursor, finished, tenant, source.key(), source.key(), owner)) {
                if (s.executeUpdate() == 0) {
                    QuarkusTransaction.setRollbackOnly();
                    return false;
                }
                return true;
            }
        }));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private interface SqlCall<T> {
        T call(Connection connection) throws SQLException;
    }

    private <T> T autocommit(SqlCall<T> call) {
        try (Connection c = dataSource.getConnection()) {
            return call.call(c);
        } catch (SQLException e) {
            throw new IllegalStateException("feed bookkeeping failed", e);
        }
    }

    private <T> T inTransaction(SqlCall<T> call) {
        return autocommit(call);
    }
}
