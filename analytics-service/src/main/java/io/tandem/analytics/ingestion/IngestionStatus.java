package io.tandem.analytics.ingestion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Where ingestion stands on every feed, and the caller's tenant's rebuild. */
@Schema(name = "IngestionStatus")
public record IngestionStatus(@Schema(maxItems = 10) List<Feed> feeds, @Schema(maxItems = 10) List<RebuildState> rebuild) {

    @Schema(name = "IngestedFeed")
    public record Feed(@Schema(example = "relationships", maxLength = 32) String feed,
                       @Schema(description = "Events applied since the read model began (rebuild replays not counted).") long eventsApplied,
                       @Schema(nullable = true) Instant lastPulledAt,
                       @Schema(nullable = true, description = "When the feed last had nothing more to give.") Instant caughtUpAt,
                       @Schema(nullable = true, description = "When the newest applied event happened at its source.") Instant lastEventAt,
                       @Schema(nullable = true, description = "Seconds since it last caught up; null before the first time.") Long lagSeconds,
                       @Schema(description = "Lagging behind longer than tandem.ingestion.lag-alert, or failing.") boolean lagging,
                       @Schema(description = "Failed pulls in a row (each waits longer before the next).") int failures,
                       @Schema(nullable = true, maxLength = 500) String lastError,
                       Instant nextAttemptAt,
                       @Schema(nullable = true, description = "The replica that holds the feed now.", maxLength = 100) String activeConsumer) {
    }

    @Schema(name = "FeedRebuild")
    public record RebuildState(@Schema(maxLength = 32) String feed, Instant requestedAt, @Schema(nullable = true) Instant finishedAt) {
    }

    static Feed of(FeedCursors.Status s, Instant now, Duration lagAlert) {
        Long lag = s.caughtUpAt() == null ? null : Duration.between(s.caughtUpAt(), now).toSeconds();
        boolean lagging = s.failures() > 0 || lag == null || lag > lagAlert.toSeconds();
        return new Feed(s.feed(), s.eventsApplied(), s.lastPulledAt(), s.caughtUpAt(), s.lastEventAt(), lag, lagging, s.failures(),
                s.lastError(), s.nextAttemptAt(), s.activeConsumer());
    }
}
