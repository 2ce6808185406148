package io.tandem.survey.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Appends change events in the caller's transaction, so an event exists exactly when its change does. */
@ApplicationScoped
public class Outbox {

    public static final String SCORED_RESPONSE = "scored-response";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String type, UUID aggregateId, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload is not serialisable", e);
        }
        em.createNativeQuery("insert into outbox_event (tenant_id, event_type, aggregate_id, payload) values (?1, ?2, ?3, cast(?4 as jsonb))")
                .setParameter(1, caller.tenant()).setParameter(2, type).setParameter(3, aggregateId).setParameter(4, body)
                .executeUpdate();
    }
}
