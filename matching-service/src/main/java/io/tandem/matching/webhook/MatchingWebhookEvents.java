package io.tandem.matching.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.matching.participant.ParticipantFeed;
import io.tandem.matching.proposal.ProposalFeed;
import io.tandem.matching.relationship.RelationshipFeed;
import io.tandem.matching.run.RunService;
import io.tandem.support.privacy.PeopleResource;
import io.tandem.support.webhook.WebhookCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** matching-service's webhook events: the outbox event's type and its change, e.g. relationship.phase-changed. */
@ApplicationScoped
public class MatchingWebhookEvents extends WebhookCatalogue {

    public MatchingWebhookEvents() {
        super(List.of("participant.enrolled", "participant.status-changed", "participant.profile-changed",
                "run.published", "proposal.published", "proposal.decided",
                "relationship.started", "relationship.phase-changed", "relationship.extended", "relationship.agreement-changed",
                "relationship.closed", "person.erased"));
    }

    @Override
    protected String typeOf(String outboxType, JsonNode payload) {
        return switch (outboxType) {
            case ParticipantFeed.TYPE, ProposalFeed.TYPE, RelationshipFeed.TYPE, RunService.RUN_EVENTS -> outboxType + "." + payload.path("change").asText();
            case PeopleResource.PERSON_ERASED -> "person.erased";
            default -> null;
        };
    }
}
