package io.tandem.survey.score;

import io.tandem.survey.definition.Limits;
import io.tandem.survey.assignment.AssignmentRequest;
import io.tandem.survey.response.Perspective;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "LatestScores", description = "For each person, the scores of their newest response in which every requested scale has a valid "
        + "score (so scores used together always come from one response), with that response's id and age.")
public record LatestScores(
        @Schema(maxLength = Limits.KEY_LENGTH) String instrumentKey,
        @Schema(maxItems = ScoresQuery.MAX_PEOPLE) List<PersonScores> people,
        @Schema(description = "Requested people without a response that has every requested score (within maxAgeDays).",
                maxItems = ScoresQuery.MAX_PEOPLE)
        List<@Size(max = AssignmentRequest.MAX_PERSON_ID) String> withoutScores,
        Perspective perspective) {

    @Schema(name = "PersonLatestScores")
    public record PersonScores(@Schema(maxLength = AssignmentRequest.MAX_PERSON_ID) String personId,
                               @Schema(description = "The response every score below comes from.") UUID responseId,
                               Instant submittedAt,
                               @Schema(description = "Whole days between submission and this answer.", maximum = "36500") long ageDays,
                               Map<String, Latest> scores) {
    }

    @Schema(name = "LatestScore")
    public record Latest(double value, @Schema(nullable = true, maxLength = Limits.MAX_LABEL) String label, int instrumentVersion, UUID responseId,
                         Instant submittedAt) {
    }
}
