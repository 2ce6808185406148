package io.tandem.analytics.ingestion;

import io.tandem.support.persistence.TenantSql;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** A tenant's request to rebuild its read model from cursor zero, and how far it is (table feed_rebuild). */
@ApplicationScoped
class Rebuilds {

    private static final TenantSql RUNNING = TenantSql.of("select count(*) from feed_rebuild where tenant_id = :tenant and finished_at is null");
    private static final TenantSql REQUEST = TenantSql.of("""
            insert into feed_rebuild (tenant_id, source, requested_at, requested_by, started, cursor_value, finished_at)
            values (:tenant, ?, now(), ?, false, null, null)
            on conflict (tenant_id, source) do update set requested_at = now(), requested_by = excluded.requested_by, started = false,
              cursor_value = null, finished_at = null""");
    private static final TenantSql STATE = TenantSql.of(
            "select source, requested_at, finished_at from feed_rebuild where tenant_id = :tenant order by source");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional
    void request() {
        String tenant = caller.tenant();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement running = RUNNING.prepare(c, tenant); ResultSet r = running.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw ProblemException.conflict("A rebuild of this tenant's read model is still running; see GET /api/v1/ingestion/status.");
                }
            }
            for (FeedSource source : FeedSource.values()) {
                try (PreparedStatement insert = REQUEST.prepare(c, tenant, source.key(), caller.subject())) {
                    insert.executeUpdate();
                }
            }
        });
    }

    @Transactional
    List<IngestionStatus.RebuildState> state() {
        String tenant = caller.tenant();
        List<IngestionStatus.RebuildState> states = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement select = STATE.prepare(c, tenant); ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    states.add(new IngestionStatus.RebuildState(r.getString(1), r.getTimestamp(2).toInstant(),
                            r.getTimestamp(3) == null ? null : r.getTimestamp(3).toInstant()));
                }
            }
        });
        return states;
    }
}
