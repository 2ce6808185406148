package io.tandem.support.idempotency;

import io.tandem.support.persistence.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The idempotency_record table: one row per tenant, caller and key, younger than the retention period. */
@ApplicationScoped
class IdempotencyRecords {

    private static final TenantSql LOCK = TenantSql.of(
            "select pg_advisory_xact_lock(hashtextextended(:tenant || '/idempotency/' || ? || '/' || ?, 0))");
    private static final TenantSql FIND = TenantSql.of("""
            select fingerprint, status, location, etag, body, created_at from idempotency_record
            where tenant_id = :tenant and caller_id = ? and idempotency_key = ? and created_at >= ?""");
    private static final TenantSql STORE = TenantSql.of("""
            insert into idempotency_record (tenant_id, caller_id, idempotency_key, fingerprint, status, location, etag, body)
            values (:tenant, ?, ?, ?, ?, ?, ?, ?)
            on conflict (tenant_id, caller_id, idempotency_key) do update set fingerprint = excluded.fingerprint,
                status = excluded.status, location = excluded.location, etag = excluded.etag, body = excluded.body,
                created_at = now()""");
    private static final TenantSql RELEASE = TenantSql.of("""
            delete from idempotency_record where tenant_id = :tenant and caller_id = ? and idempotency_key = ? and status = 0""");
    private static final TenantSql PURGE = TenantSql.of("delete from idempotency_record where tenant_id = :tenant and created_at < ?");

    @Inject
    EntityManager em;

    /** Serialises requests with one key until the transaction ends, so a concurrent retry sees the first result. */
    void lock(String tenant, String caller, String key) {
        session().doWork(connection -> {
            try (PreparedStatement lock = LOCK.prepare(connection, tenant, caller, key)) {
                lock.execute();
            }
        });
    }

    Optional<StoredResult> find(String tenant, String caller, String key, Instant notBefore) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement find = FIND.prepare(connection, tenant, caller, key, Timestamp.from(notBefore));
                 ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredResult(row.getString(1), row.getInt(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getTimestamp(6).toInstant()));
            }
        });
    }

    /** Stores a first result and drops the tenant's expired keys, in the transaction of the change itself. */
    void store(String tenant, String caller, String key, StoredResult result, Instant expiredBefore) {
        session().doWork(connection -> {
            try (PreparedStatement store = STORE.prepare(connection, tenant, caller, key, result.fingerprint(), result.status(),
                    result.location(), result.etag(), result.body());
                 PreparedStatement purge = PURGE.prepare(connection, tenant, Timestamp.from(expiredBefore))) {
                store.executeUpdate();
                purge.executeUpdate();
            }
        });
    }

    /** Drops the claim of a call that failed, so a retry may run. */
    void release(String tenant, String caller, String key) {
        session().doWork(connection -> {
            try (PreparedStatement release = RELEASE.prepare(connection, tenant, caller, key)) {
                release.executeUpdate();
            }
        });
    }

    private Session session() {
        em.flush();
        return em.unwrap(Session.class);
    }
}
