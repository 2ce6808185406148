package io.tandem.matching.survey;

import io.agroal.api.AgroalDataSource;
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
import java.util.UUID;

/**
 * The worker's side of table survey_delivery (rows written by the relationship feature). Every statement
 * is one atomic SQL statement, so no transaction is held open while survey-service is called: a claim
 * leases due rows (SKIP LOCKED, so replicas never take the same row), and the outcome clears the lease.
 * A worker that dies mid-call leaves a lease that simply runs out.
 */
@ApplicationScoped
class DeliveryQueue {

    private static final String WHY = "the check-in worker serves every tenant; each row carries its tenant, which its call uses";

    /** A cancellation waits while a check-in of the same relationship is still being sent. */
    private static final TenantSql CLAIM = TenantSql.acrossTenants("""
            update survey_delivery d set leased_until = now() + cast(? as bigint) * interval '1 millisecond'
            where d.id in (
              select c.id from survey_delivery c
              where c.status = 'PENDING' and c.next_attempt_at <= ? and (c.leased_until is null or c.leased_until < now())
                and not (c.action = 'CANCEL' and exists (
                  select 1 from survey_delivery w where w.tenant_id = c.tenant_id and w.relationship_id = c.relationship_id
                    and w.action = 'CREATE' and w.status = 'PENDING' and w.wave not in ('closing', 'follow-up')))
              order by c.next_attempt_at
              limit ? for update skip locked)
            returning d.id, d.tenant_id, d.relationship_id, d.wave, d.action, d.requests::text, d.attempts""", WHY);

    private static final TenantSql SETTLE = TenantSql.acrossTenants("""
            update survey_delivery set status = ?, attempts = attempts + 1, delivered_at = case when ? = 'DELIVERED' then now() end,
              outcome = ?, leased_until = null
            where id = ?""", WHY);

    private static final TenantSql RETRY = TenantSql.acrossTenants("""
            update survey_delivery set attempts = attempts + 1, next_attempt_at = ?, outcome = ?, leased_until = null
            where id = ?""", WHY);

    private static final TenantSql PENDING = TenantSql.acrossTenants("""
            select count(*), coalesce(extract(epoch from now() - min(next_attempt_at)), 0)
            from survey_delivery where status = 'PENDING' and next_attempt_at <= now()""", WHY);

    private static final int MAX_OUTCOME = 1000;

    @Inject
    AgroalDataSource dataSource;

    record Due(UUID id, String tenant, UUID relationshipId, String wave, String action, String requests, int attempts) {
    }

    /** What is due now and how long the oldest has waited. */
    record Backlog(long due, double oldestSeconds) {
    }

    /** Rows due by {@code dueBy} (a pass's start, so a row retried during the pass waits for the next one), leased for {@code lease}. */
    List<Due> claim(Instant dueBy, int limit, Duration lease) {
        List<Due> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = CLAIM.prepare(connection, null, lease.toMillis(), Timestamp.from(dueBy), limit);
             ResultSet rows = claim.executeQuery()) {
            while (rows.next()) {
                due.add(new Due(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getInt(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming survey deliveries failed", e);
        }
        return due;
    }

    void delivered(UUID id, String outcome) {
        run(SETTLE, "DELIVERED", "DELIVERED", clip(outcome), id);
    }

    /** Retrying cannot help (survey-service refused the call itself): kept, with why, and not tried again. */
    void failed(UUID id, String outcome) {
        run(SETTLE, "FAILED", "FAILED", clip(outcome), id);
    }

    void retryAt(UUID id, Instant next, String outcome) {
        run(RETRY, Timestamp.from(next), clip(outcome), id);
    }

    Backlog backlog() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = PENDING.prepare(connection, null);
             ResultSet row = select.executeQuery()) {
            row.next();
            return new Backlog(row.getLong(1), row.getDouble(2));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the survey delivery backlog failed", e);
        }
    }

    private void run(TenantSql sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection, null, values)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording a survey delivery failed", e);
        }
    }

    private static String clip(String outcome) {
        return outcome == null || outcome.length() <= MAX_OUTCOME ? outcome : outcome.substring(0, MAX_OUTCOME);
    }
}
