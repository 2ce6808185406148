package io.tandem.analytics.research;

import io.tandem.analytics.statistics.Adjustment;
import io.tandem.analytics.statistics.LinearModel;
import io.tandem.analytics.statistics.Moments;
import io.tandem.support.disclosure.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Does our matching predict anything? Each compatibility factor's score at match time (the accepted
 * proposal's, per 100 of its 0..1000 points) against the relationship's later quality (the mentee's latest
 * self-report) and goal attainment (achieved of the goals not dropped): a simple OLS slope each, with its
 * interval. All slopes form one family (Holm): the evidence to keep, or lower, a factor's weight.
 */
@Schema(name = "MatchingFactors")
public record MatchingFactors(UUID programmeId, int minGroupSize, @Schema(maxLength = 130) String quality,
                              @Schema(maxItems = 20) List<Prediction> predictions, @Schema(maxLength = 40) String adjustment,
                              @Schema(maxLength = 200) String method) {

    static final String METHOD = "OLS: outcome ~ factor score / 100, one factor at a time; units are relationships from accepted proposals";

    @Schema(name = "FactorPrediction")
    public record Prediction(@Schema(maxLength = 32) String factor, @Schema(enumeration = {"quality", "goal-attainment"}) String outcome,
                             @Schema(nullable = true) Integer n, @Schema(nullable = true) Figures.Slope slope,
                             @Schema(nullable = true, maxLength = 200) String note) {
    }

    /** @param pairs factor score (0..1000) and outcome per relationship */
    static Prediction predict(String factor, String outcome, List<double[]> pairs, int minimum) {
        if (pairs.size() < Math.max(minimum, 3)) {
            return new Prediction(factor, outcome, null, null, String.format(Suppression.TOO_SMALL, Math.max(minimum, 3)));
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        Moments moments = new Moments(2);
        pairs.forEach(p -> moments.add(new double[] {(p[0] - mx) / 100, p[1] - my}));
        try {
            LinearModel.Fit fit = LinearModel.fit(moments, new String[] {factor, outcome}, new int[] {0}, 1, Figures.LEVEL);
            return new Prediction(factor, outcome, pairs.size(), Figures.Slope.of(fit.coefficient(factor)), null);
        } catch (IllegalArgumentException e) {
            return new Prediction(factor, outcome, pairs.size(), null, "the factor's score does not vary in this programme");
        }
    }

    static MatchingFactors of(UUID programmeId, int minimum, String quality, List<Prediction> predictions) {
        List<Prediction> out = Figures.adjustWithin(predictions, p -> p.slope() == null ? List.of() : List.of(p.slope()),
                (p, slopes) -> new Prediction(p.factor(), p.outcome(), p.n(), slopes.get(0), p.note()), Adjustment.HOLM);
        return new MatchingFactors(programmeId, minimum, quality, out, Adjustment.HOLM.label(), METHOD);
    }
}
