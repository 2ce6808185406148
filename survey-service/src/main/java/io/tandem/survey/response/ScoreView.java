package io.tandem.survey.response;

import io.tandem.survey.definition.Limits;

import io.tandem.survey.scoring.Score;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored scale or index score of a submitted response. */
@Schema(name = "ScoreValue", description = "A scale or index score; value is null with missingReason when too few items were answered.")
public record ScoreView(
        @Schema(example = "other-focused", maxLength = Limits.KEY_LENGTH) String key,
        @Schema(nullable = true, example = "5.67") Double value,
        @Schema(nullable = true, description = "Band label of an index.", example = "other-focused", maxLength = Limits.MAX_LABEL) String label,
        @Schema(description = "Items answered (scales) or operands with a score (indices).") int answered,
        @Schema(description = "Enabled items (scales) or operands (indices).") int expected,
        @Schema(nullable = true, example = "only 1 of 3 items answered; at least 75% are needed", maxLength = 500) String missingReason) {

    public static ScoreView of(Score s) {
        return new ScoreView(s.key(), s.value(), s.label(), s.answered(), s.expected(), s.missingReason());
    }
}
