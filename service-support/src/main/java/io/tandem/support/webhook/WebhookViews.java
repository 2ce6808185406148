package io.tandem.support.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook API's requests and answers. */
public final class WebhookViews {

    public static final int MAX_EVENT_TYPES = 30;

    private WebhookViews() {
    }

    @Schema(name = "WebhookSubscriptionRequest", description = "Where to send which events.",
            example = "{\"url\": \"https://hr.example.com/tandem/webhooks\", \"eventTypes\": [\"relationship.started\", "
                    + "\"relationship.closed\"], \"description\": \"HR platform sync\"}")
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) @Schema(description = "https URL that receives a POST per event.", maxLength = 2000) String url,
            @NotNull @NotEmpty @Size(max = MAX_EVENT_TYPES)
            @Schema(description = "Event types to receive; GET /api/v1/webhooks/event-types lists them.", maxItems = MAX_EVENT_TYPES)
            List<@NotBlank @Size(max = 63) String> eventTypes,
            @Size(max = 200) @Schema(description = "What this subscription is for.", maxLength = 200) String description) {
    }

    @Schema(name = "WebhookSubscription", description = "A webhook subscription. Its secret is shown once, when it is created.")
    public record SubscriptionView(
            UUID id,
            @Schema(maxLength = 2000) String url,
            @Schema(maxLength = 200) String description,
            @Schema(maxItems = MAX_EVENT_TYPES) List<@Size(max = 63) String> eventTypes,
            @Schema(description = "active, or disabled after deliveries kept failing (see disabledReason) until re-enabled.",
                    enumeration = {"active", "disabled"}) String status,
            @Schema(maxLength = 500) String disabledReason,
            Instant disabledAt,
            Instant createdAt,
            @Schema(description = "Signing secret (whsec_...), only in the answer to the create; keep it safe.", maxLength = 100)
            String secret) {

        SubscriptionView withSecret(String shown) {
            return new SubscriptionView(id, url, description, eventTypes, status, disabledReason, disabledAt, createdAt, shown);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event's delivery to one subscription, with its latest attempt.")
    public record DeliveryView(
            UUID id,
            @Schema(description = "The event's stable id (webhook-id header); a redelivery keeps it, for de-duplication.", maxLength = 100)
            String eventId,
            @Schema(maxLength = 63) String eventType,
            @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
            int attempts,
            Instant createdAt,
            Instant lastAttemptAt,
            @Schema(description = "When the next attempt is due (pending only).") Instant nextAttemptAt,
            @Schema(description = "HTTP status of the last attempt; absent when it got no answer.") Integer lastStatusCode,
            @Schema(description = "Milliseconds the last attempt took.") Integer lastLatencyMs,
            @Schema(description = "Why the last attempt failed without an HTTP answer (timeout, refused destination).", maxLength = 300)
            String lastError,
            @Schema(description = "The first 300 characters of the receiver's last answer.", maxLength = 300) String lastResponse) {
    }

    @Schema(name = "WebhookRedeliveryRequest", description = "Send again one delivery (deliveryId), or every event first delivered in a "
            + "time range (from, to).", example = "{\"from\": \"2026-11-29T00:00:00Z\", \"to\": \"2026-11-30T00:00:00Z\"}")
    public record RedeliveryRequest(UUID deliveryId, Instant from, Instant to) {
    }

    @Schema(name = "WebhookRedeliveries", description = "How many deliveries were queued again.")
    public record Redeliveries(int queued) {
    }

    @Schema(name = "WebhookEventTypes")
    public record EventTypes(@Schema(maxItems = 100) List<@Size(max = 63) String> items) {
    }
}
