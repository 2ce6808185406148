package io.tandem.matching.proposal;

import io.tandem.matching.compatibility.FactorScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

@Schema(name = "FactorScore", description = """
        One factor of a pair's compatibility, 0..1000. Formulas: goal-fit = share of the mentee's learning goals among the \
        mentor's skills offered; reciprocity = share of the mentor's learning interests among the mentee's skills; \
        identification = mean of future self (mentee aspirations found in the mentor's tracks and skills), past self (mentee's \
        current challenges the mentor overcame) and present self (overlap of values and work style), over the parts with data; \
        motive-fit = with o and s the mentor's other- and self-focused scores as shares of the scale's range, g = (o + 1 - s) / 2, \
        and n the mentee's measured need for support (0..1): 1000 (n g + (1 - n) / 2); logistics = 1000 at the same UTC offset, \
        down to 0 at 8 hours apart. A factor without data (noData) is left out and the other weights renormalised: the pair \
        score is the weighted mean of the factors with data, rounded half up. Mentors and mentees never see motive-fit.""")
public record FactorView(@Schema(example = "goal-fit", enumeration = {"goal-fit", "reciprocity", "identification", "motive-fit", "logistics"}) String factor, @Schema(example = "750") int score,
                         @Schema(description = "The programme's weight for this factor, 0..100.", example = "20") int weight,
                         @Schema(example = "the mentor offers 3 of the mentee's 4 learning goals (java, sql, leadership)", maxLength = 2000) String explanation,
                         @Schema(description = "No data for this pair: left out of the score.") boolean noData) {

    public static FactorView of(FactorScore f) {
        return new FactorView(f.factor().name().toLowerCase(Locale.ROOT).replace('_', '-'), f.score(), f.weight(), f.explanation(), f.noData());
    }
}
