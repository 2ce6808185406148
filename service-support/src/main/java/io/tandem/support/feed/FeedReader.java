package io.tandem.support.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads a service's outbox (table outbox_event) in (transaction id, sequence) order, and only events
 * of transactions older than every transaction still in progress. A transaction that began earlier
 * but commits later has a smaller id, so it holds the feed back until it ends instead of being
 * skipped. The text copy of the id has its own alias: an output column named {@code xid} would win
 * over the table column in ORDER BY and sort the ids as text (1000 before 999), skipping events.
 */
@ApplicationScoped
public class FeedReader {

    private static final TenantSql PAGE = TenantSql.of("""
            select e.id, e.xid::text as xid_text, e.event_type, e.payload::text, e.created_at
            from outbox_event e
            where e.tenant_id = :tenant and e.event_type = ?
              and e.xid < pg_snapshot_xmin(pg_current_snapshot())
              and (e.xid, e.id) > (?::xid8, ?)
            order by e.xid, e.id
            limit ?
            """);

    /** The platform identity's view: every tenant's events of a type, each naming its tenant. */
    private static final TenantSql PAGE_ACROSS_TENANTS = TenantSql.acrossTenants("""
            select e.id, e.xid::text as xid_text, e.event_type, e.payload::text, e.created_at, e.tenant_id
            from outbox_event e
            where e.event_type = ?
              and e.xid < pg_snapshot_xmin(pg_current_snapshot())
              and (e.xid, e.id) > (?::xid8, ?)
            order by e.xid, e.id
            limit ?
            """, "the platform identity reads every tenant's feed (DESIGN.md, Service identity)");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** One stored event: its sequence (unique, not gap-free), tenant, type, time and payload. */
    public record StoredEvent(long sequence, String tenant, String type, Instant occurredAt, JsonNode data) {
    }

    /** The next events after a cursor (possibly none) and the cursor to continue from. */
    public record Batch(List<StoredEvent> events, String nextCursor) {
    }

    /** The caller's tenant's events; for the platform identity, every tenant's. */
    @Transactional
    public Batch read(String type, String after, int limit) {
        Position from = Position.decode(after);
        boolean platform = caller.isPlatform();
        String tenant = platform ? null : caller.tenant();
        List<StoredEvent> events = new ArrayList<>();
        Position[] last = {from};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = (platform ? PAGE_ACROSS_TENANTS : PAGE).prepare(connection, tenant, type,
                    Long.toUnsignedString(from.xid()), from.sequence(), limit)) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new StoredEvent(rows.getLong(1), platform ? rows.getString(6) : tenant, rows.getString(3),
                                rows.getTimestamp(5).toInstant(), parse(rows.getString(4))));
                        last[0] = new Position(Long.parseUnsignedLong(rows.getString(2)), rows.getLong(1));
                    }
                }
            }
        });
        return new Batch(events, last[0].encode());
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a reader stands: the last event's transaction id and sequence, opaque to clients. */
    record Position(long xid, long sequence) {

        static Position decode(String cursor) {
            if (cursor == null || cursor.isEmpty()) {
                return new Position(0, 0);
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(cursor);
                }
                return new Position(Long.parseUnsignedLong(parts[0]), Long.parseLong(parts[1]));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("after", "is not a cursor this feed issued");
            }
        }

        String encode() {
            String raw = Long.toUnsignedString(xid) + "." + sequence;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
