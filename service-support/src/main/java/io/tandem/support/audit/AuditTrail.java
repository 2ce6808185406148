package io.tandem.support.audit;

import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.persistence.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The append-only audit_event table of this service (a trigger refuses updates and deletes, except the
 * pseudonymisation an erasure makes).
 */
@ApplicationScoped
public class AuditTrail {

    private static final TenantSql APPEND = TenantSql.of("""
            insert into audit_event (id, tenant_id, actor, roles, method, operation, resource, status, request_id)
            values (?, :tenant, ?, ?, ?, ?, ?, ?, ?)""");
    private static final TenantSql SEARCH = TenantSql.of("""
            select id, occurred_at, actor, roles, method, operation, resource, status, request_id from audit_event
            where tenant_id = :tenant and (cast(? as uuid) is null or id > cast(? as uuid))
              and (cast(? as text) is null or actor = ?) and (cast(? as text) is null or operation = ?)
              and (cast(? as text) is null or starts_with(resource, ?))
              and (cast(? as timestamptz) is null or occurred_at >= ?) and (cast(? as timestamptz) is null or occurred_at < ?)
            order by id limit ?""");
    /** The append-only trigger lets an erasure through for the tenant named here, until the transaction ends. */
    private static final TenantSql ALLOW_ERASURE = TenantSql.of("select set_config('tandem.erasure', :tenant, true)");
    private static final TenantSql PSEUDONYMISE = TenantSql.of("""
            update audit_event set actor = case when actor = ? then ? else actor end, resource = replace(resource, ?, ?)
            where tenant_id = :tenant and (actor = ? or strpos(resource, ?) > 0)""");

    @Inject
    EntityManager em;

    /** What an admin may filter on. */
    public record Filter(String actor, String operation, String resourcePrefix, Instant from, Instant to) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void append(String tenant, AuditEntry entry) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = APPEND.prepare(connection, tenant, TimeOrderedIds.next(), entry.actor(), entry.roles(),
                    entry.method(), entry.operation(), entry.resource(), entry.status(), entry.requestId())) {
                insert.executeUpdate();
            }
        });
    }

    @Transactional
    public Page<AuditEventView> search(String tenant, Filter filter, String cursor, int limit) {
        UUID after = Cursors.decode(cursor);
        Timestamp from = filter.from() == null ? null : Timestamp.from(filter.from());
        Timestamp to = filter.to() == null ? null : Timestamp.from(filter.to());
        List<AuditEventView> rows = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement search = SEARCH.prepare(connection, tenant, after, after, filter.actor(), filter.actor(),
                    filter.operation(), filter.operation(), filter.resourcePrefix(), filter.resourcePrefix(), from, from, to, to, limit + 1);
                 ResultSet row = search.executeQuery()) {
                List<AuditEventView> found = new ArrayList<>();
                while (row.next()) {
                    found.add(new AuditEventView(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getInt(8), row.getString(9)));
                }
                return found;
            }
        });
        return Cursors.page(rows, limit, AuditEventView::id, view -> view);
    }

    /**
     * An erased person's id becomes {@code pseudonym} wherever the trail names it (as actor or in a path):
     * the trail keeps what happened, not to whom.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pseudonymise(String tenant, String personId, String pseudonym) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement allow = ALLOW_ERASURE.prepare(connection, tenant);
                 PreparedStatement update = PSEUDONYMISE.prepare(connection, tenant, personId, pseudonym, personId, pseudonym, personId, personId)) {
                allow.execute();
                update.executeUpdate();
            }
        });
    }
}
