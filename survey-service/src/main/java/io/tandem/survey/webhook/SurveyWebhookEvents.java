package io.tandem.survey.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.support.webhook.WebhookCatalogue;
import io.tandem.survey.feed.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** survey-service's webhook events, named after the outbox event and its change. */
@ApplicationScoped
public class SurveyWebhookEvents extends WebhookCatalogue {

    public SurveyWebhookEvents() {
        super(List.of("assignment.created", "assignment.cancelled", "assignment.due-soon", "assignment.overdue", "response.submitted",
                "person.erased"));
    }

    @Override
    protected String typeOf(String outboxType, JsonNode payload) {
        return switch (outboxType) {
            case Outbox.ASSIGNMENT, Outbox.ASSIGNMENT_REMINDER -> "assignment." + payload.path("change").asText();
            case Outbox.SCORED_RESPONSE -> "response.submitted";
            case Outbox.PERSON_ERASED -> "person.erased";
            default -> null;
        };
    }
}
