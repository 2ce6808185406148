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

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String type, UUID aggregateId, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " is not serialisable", e);
        }
        em.flush();
        String tenant = caller.tenant();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = APPEND.prepare(connection, tenant, type, aggregateId, body)) {
                insert.executeUpdate();
            }
        });
    }
}
