package io.tandem.survey.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "FeedPage", description = "Events in commit-safe order. Poll again with nextCursor; an empty page keeps the cursor.")
public record FeedPage(@Schema(maxItems = FeedResource.MAX_LIMIT) List<Event> events,
                       @Schema(description = "Pass as `after` on the next call.", maxLength = 100) String nextCursor) {

    @Schema(name = "FeedEvent")
    public record Event(@Schema(description = "Event sequence number (unique, not gap-free).") long sequence,
                        @Schema(description = "The tenant the event belongs to (the platform identity reads every tenant's).", maxLength = 100)
                        String tenant,
                        @Schema(enumeration = {"scored-response", "assignment"}) String type, Instant occurredAt,
                        @Schema(implementation = Object.class, description = "For scored-response: a ScoredResponseEvent; for assignment: see readAssignmentsFeed.") JsonNode data) {
    }
}
