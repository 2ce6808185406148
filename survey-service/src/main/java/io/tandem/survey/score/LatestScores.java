package io.tandem.survey.score;

import io.tandem.survey.definition.Limits;
import io.tandem.survey.assignment.AssignmentRequest;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "LatestScores", description = "For each person with at least one valid score, the latest valid score of each requested scale.")
public record LatestScores(
        @Schema(maxLength = Limits.KEY_LENGTH) String instrumentKey,
        @Schema(maxItems = ScoresQuery.MAX_PEOPLE) List<PersonScores> people,
        @Schema(description = "Requested people without any valid score on the instrument.", maxItems = ScoresQuery.MAX_PEOPLE)
        List<@Size(max = AssignmentRequest.MAX_PERSON_ID) String> withoutScores) {

    @Schema(name = "PersonLatestScores")
    public record PersonScores(@Schema(maxLength = AssignmentRequest.MAX_PERSON_ID) String personId, Map<String, Latest> scores) {
    }

    @Schema(name = "LatestScore")
    public record Latest(double value, @Schema(nullable = true, maxLength = Limits.MAX_LABEL) String label, int instrumentVersion, UUID responseId,
                         Instant submittedAt) {
    }
}
