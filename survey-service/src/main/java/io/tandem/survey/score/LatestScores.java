package io.tandem.survey.score;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "LatestScores", description = "For each person with at least one valid score, the latest valid score of each requested scale.")
public record LatestScores(
        String instrumentKey,
        List<PersonScores> people,
        @Schema(description = "Requested people without any valid score on the instrument.") List<String> withoutScores) {

    @Schema(name = "PersonLatestScores")
    public record PersonScores(String personId, Map<String, Latest> scores) {
    }

    @Schema(name = "LatestScore")
    public record Latest(double value, @Schema(nullable = true) String label, int instrumentVersion, UUID responseId,
                         Instant submittedAt) {
    }
}
