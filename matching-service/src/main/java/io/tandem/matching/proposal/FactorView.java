package io.tandem.matching.proposal;

import io.tandem.matching.compatibility.FactorScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

@Schema(name = "FactorScore", description = """
        One factor of a pair's compatibility, 0..1000. Formulas: goal-fit = share of the mentee's learning goals among the \
        mentor's skills offered; reciprocity = share of the mentor's learning interests among the mentee's skills; \
        identification = mean of future self (mentee aspirations found in the mentor's tracks and skills), past self (mentee's \
        current challenges the mentor overcame) and present self (overlap of values and work style), over the parts with data; \
        motive-fit = for orientation o = other-focused - self-focused mean (1..7 scales) and mentee support need n (0..1000): \
        (n * 1000(o+6)/12 + (1000-n) * 500) / 1000, or the reciprocity score when the mentor is self-focused mainly to learn and \
        that is higher; logistics = 1000 at the same UTC offset, down to 0 at 8 hours apart. Missing data scores 500. The pair \
        score is the weighted mean of the factors, rounded half up.""")
public record FactorView(@Schema(example = "goal-fit", enumeration = {"goal-fit", "reciprocity", "identification", "motive-fit", "logistics"}) String factor, @Schema(example = "750") int score,
                         @Schema(description = "The programme's weight for this factor, 0..100.", example = "20") int weight,
                         @Schema(example = "the mentor offers 3 of the mentee's 4 learning goals (java, sql, leadership)", maxLength = 2000) String explanation) {

    public static FactorView of(FactorScore f) {
        return new FactorView(f.factor().name().toLowerCase(Locale.ROOT).replace('_', '-'), f.score(), f.weight(), f.explanation());
    }
}
