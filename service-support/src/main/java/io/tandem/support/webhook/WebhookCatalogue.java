package io.tandem.support.webhook;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A service's webhook event types and how its outbox events map onto them. Each service that sends
 * webhooks has one bean extending this.
 */
public abstract class WebhookCatalogue {

    private final SortedSet<String> types;

    protected WebhookCatalogue(java.util.Collection<String> types) {
        this.types = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(types));
    }

    /** Every event type a subscription may ask for, e.g. relationship.started. */
    public SortedSet<String> eventTypes() {
        return types;
    }

    /** The webhook event type of one outbox event, or empty when the event is not sent as a webhook. */
    public Optional<String> webhookType(String outboxType, JsonNode payload) {
        String type = typeOf(outboxType, payload);
        return type != null && types.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** The type an outbox event would have as a webhook (null: none); only listed types are sent. */
    protected abstract String typeOf(String outboxType, JsonNode payload);
}
