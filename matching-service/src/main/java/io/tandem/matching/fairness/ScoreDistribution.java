package io.tandem.matching.fairness;

import java.util.Arrays;

/**
 * Summary of a group's matched scores. Quantiles use R's default (type 7): linear interpolation
 * between order statistics at h = (n - 1) p.
 *
 * @param people  people in the group
 * @param matched of whom matched
 */
public record ScoreDistribution(int people, int matched, double matchRate, Double mean, Double p25, Double median, Double p75,
                                Integer min, Integer max) {

    public static ScoreDistribution of(int people, int[] matchedScores) {
        int[] sorted = matchedScores.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double rate = people == 0 ? 0 : (double) n / people;
        if (n == 0) {
            return new ScoreDistribution(people, 0, rate, null, null, null, null, null, null);
        }
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return new ScoreDistribution(people, n, rate, mean, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75),
                sorted[0], sorted[n - 1]);
    }

    static double quantile(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
