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
        @Schema(nullable = true, example = "only 1 of 3 items answered; at least 75% are needed", maxLength = 500) String missingReason,
        @Schema(nullable = true, description = "Indices with an uncertainty: lower end of the value's interval (the label is "
                + "a band's only when the whole interval lies in it).", example = "-0.74") Double intervalLow,
        @Schema(nullable = true, description = "Upper end of that interval.", example = "1.74") Double intervalHigh) {

    public static ScoreView of(Score s) {
        return new ScoreView(s.key(), s.value(), s.label(), s.answered(), s.expected(), s.missingReason(), s.low(), s.high());
    }
}
