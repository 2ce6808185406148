package io.tandem.analytics.research;

import io.tandem.analytics.statistics.Adjustment;
import io.tandem.analytics.statistics.LinearModel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/** The figures research reports are made of: every estimate with its n, a 95% interval and its method, or why it is not shown. */
public final class Figures {

    static final double LEVEL = 0.95;

    private Figures() {
    }

    /** A regression slope; pAdjusted is the p value adjusted within the report's family (see the report's adjustment). */
    @Schema(name = "ResearchSlope")
    public record Slope(@Schema(maxLength = 63) String term, double estimate, double standardError, int df, double low, double high, double p,
                        @Schema(nullable = true) Double pAdjusted, @Schema(nullable = true) Double partialR) {

        static Slope of(LinearModel.Coefficient c) {
            return new Slope(c.term(), c.estimate(), c.standardError(), c.df(), c.low(), c.high(), c.p(), null, c.partialR());
        }

        Slope adjusted(double pAdjusted) {
            return new Slope(term, estimate, standardError, df, low, high, p, pAdjusted, partialR);
        }
    }

    /** A mean with its SD and t interval over n people (or relationships). */
    @Schema(name = "ResearchMean")
    public record Mean(double mean, double sd, int n, double low, double high) {
    }

    /** Adjusts every slope's p value in one family and puts them back in order. */
    static List<Slope> adjust(List<Slope> family, Adjustment adjustment) {
        double[] p = family.stream().mapToDouble(Slope::p).toArray();
        double[] adjusted = adjustment.adjust(p);
        List<Slope> out = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            out.add(family.get(i).adjusted(adjusted[i]));
        }
        return out;
    }

    /** Adjusts the slopes of all items as one family and gives each item back its own slopes, in order. */
    static <T> List<T> adjustWithin(List<T> items, java.util.function.Function<T, List<Slope>> slopesOf,
                                    java.util.function.BiFunction<T, List<Slope>, T> withSlopes, Adjustment adjustment) {
        List<Slope> adjusted = adjust(items.stream().flatMap(item -> slopesOf.apply(item).stream()).toList(), adjustment);
        List<T> out = new ArrayList<>();
        int next = 0;
        for (T item : items) {
            int count = slopesOf.apply(item).size();
            out.add(count == 0 ? item : withSlopes.apply(item, adjusted.subList(next, next + count)));
            next += count;
        }
        return out;
    }

    static Mean mean(double[] values) {
        int n = values.length;
        double mean = io.tandem.analytics.statistics.Descriptives.mean(values);
        double sd = n > 1 ? io.tandem.analytics.statistics.Descriptives.sd(values) : 0;
        double half = n > 1 ? org.apache.commons.statistics.distribution.TDistribution.of(n - 1).inverseSurvivalProbability((1 - LEVEL) / 2)
                * sd / Math.sqrt(n) : Double.NaN;
        return new Mean(mean, sd, n, mean - half, mean + half);
    }
}
