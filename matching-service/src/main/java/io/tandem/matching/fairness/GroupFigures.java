package io.tandem.matching.fairness;

import java.util.Arrays;

/**
 * The figures shown for one group of mentees, each with its n: people (the n of the match rate) and
 * matched (the n of the score figures). No minimum or maximum is ever given: in a small group they
 * are one person's score. Quartiles use R's default (type 7): linear interpolation at h = (n - 1) p.
 *
 * @param matchRateLow  Wilson 95% interval of the match rate
 * @param scoreMean     mean compatibility score of the matched mentees, null when none matched
 */
public record GroupFigures(int people, int matched, double matchRate, double matchRateLow, double matchRateHigh,
                           Double scoreMean, Double scoreP25, Double scoreMedian, Double scoreP75) {

    public static GroupFigures of(int people, int[] matchedScores) {
        int n = matchedScores.length;
        WilsonInterval rate = WilsonInterval.of(n, people, WilsonInterval.Z95);
        if (n == 0) {
            return new GroupFigures(people, 0, 0, rate.low(), rate.high(), null, null, null, null);
        }
        int[] sorted = matchedScores.clone();
        Arrays.sort(sorted);
        return new GroupFigures(people, n, (double) n / people, rate.low(), rate.high(), Arrays.stream(sorted).average().orElseThrow(),
                quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    static double quantile(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
