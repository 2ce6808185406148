package io.tandem.support.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Appends a change event to the outbox (table outbox_event) in the caller's transaction, so the event
 * exists exactly when its change does; {@link FeedReader} serves it.
 */
@ApplicationScoped
public class Outbox {

    private static final TenantSql APPEND = TenantSql.of(
            "insert into outbox_event (tenant_id, event_type, aggregate_id, payload) values (:tenant, ?, ?, cast(? as jsonb))");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** One event of a change. */
    public record Event(UUID aggregateId, Object payload) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String type, UUID aggregateId, Object payload) {
        appendAll(type, java.util.List.of(new Event(aggregateId, payload)));
    }

    /** Many events of one type in one JDBC batch (a bulk change), in their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(String type, java.util.List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        java.util.List<String> bodies = new java.util.ArrayList<>(events.size());
        for (Event event : events) {
            try {
                bodies.add(json.writeValueAsString(event.payload()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("event " + type + " is not serialisable", e);
            }
        }
        em.flush();
        String tenant = caller.tenant();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = APPEND.prepare(connection, tenant, type, events.get(0).aggregateId(), bodies.get(0))) {
                insert.addBatch();
                for (int i = 1; i < events.size(); i++) {
                    APPEND.bind(insert, tenant, type, events.get(i).aggregateId(), bodies.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
