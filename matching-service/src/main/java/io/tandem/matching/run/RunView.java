package io.tandem.matching.run;

import io.tandem.matching.participant.ParticipantService;

import io.tandem.matching.programme.MatchingSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "MatchingRun", description = "A stored matching run; its proposals are listed separately.")
public record RunView(UUID id, UUID programmeId, Instant createdAt,
                      @Schema(nullable = true, description = "When the proposals were published to mentors and mentees.") Instant publishedAt,
                      @Schema(description = "SHA-256 of the run's inputs: same hash, same result.", maxLength = 64, pattern = "[0-9a-f]{64}") String inputHash,
                      MatchingSettings settings, RunSummary summary,
                      @Schema(description = "Mentors not matched at all, with the reason.", maxItems = ParticipantService.MAX_BULK) List<MatchingRun.Left> excludedMentors,
                      @Schema(description = "Mentees left without a mentor, with the reason.", maxItems = ParticipantService.MAX_BULK) List<MatchingRun.Left> unmatchedMentees) {

    static RunView of(MatchingRun run) {
        return new RunView(run.id, run.programmeId, run.createdAt, run.publishedAt, run.inputHash, run.settings, run.summary, run.excludedMentors,
                run.unmatchedMentees);
    }
}
