package io.tandem.analytics.statistics;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Descriptive figures for report cells. Quantiles are R's default (type 7): linear interpolation at
 * h = (n - 1) p of the sorted values, so {@code median} equals R's {@code median()} and
 * {@code quantile(x, p)}. The standard deviation divides by n - 1, as R's {@code sd()} does. Blau's
 * index of heterogeneity is 1 - Σ p_k² over the categories' shares (Blau 1977), 0 when everyone is in
 * one category and approaching 1 - 1/K for K equally filled ones. Plain Java.
 */
public final class Descriptives {

    private Descriptives() {
    }

    public static double quantile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    public static double mean(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n - 1); needs two values. */
    public static double sd(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a standard deviation needs two values");
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    public static double blau(Collection<String> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("no categories");
        }
        Map<String, Integer> counts = new HashMap<>();
        categories.forEach(c -> counts.merge(c, 1, Integer::sum));
        double n = categories.size();
        double concentration = 0;
        for (int count : counts.values()) {
            concentration += (count / n) * (count / n);
        }
        return 1 - concentration;
    }
}
