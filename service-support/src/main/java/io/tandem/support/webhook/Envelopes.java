package io.tandem.support.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** The body of a webhook: {"id", "type", "timestamp", "data"}, data being the feed event's payload. */
final class Envelopes {

    private Envelopes() {
    }

    static String body(ObjectMapper json, String eventId, String type, Instant occurredAt, JsonNode data) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("id", eventId);
        envelope.put("type", type);
        envelope.put("timestamp", occurredAt.toString());
        envelope.set("data", data);
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
