package io.tandem.analytics.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p values for a family of tests, equal to R's {@code p.adjust}. Holm (1979) for a
 * confirmatory family: with p sorted ascending, p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1) p₍ⱼ₎).
 * Benjamini–Hochberg (1995) for exploratory breakdowns (false discovery rate): with p sorted
 * descending by rank i, p̃₍ᵢ₎ = min_{j ≥ i} min(1, m p₍ⱼ₎ / j). Missing p values (NaN) stay missing and do
 * not count in m, as in R.
 */
public enum Adjustment {
    HOLM("Holm"), BENJAMINI_HOCHBERG("Benjamini-Hochberg");

    private final String label;

    Adjustment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        int m = order.length;
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        if (this == HOLM) {
            double running = 0;
            for (int rank = 0; rank < m; rank++) {
                running = Math.max(running, Math.min(1, (m - rank) * p[order[rank]]));
                adjusted[order[rank]] = running;
            }
        } else {
            double running = 1;
            for (int rank = m - 1; rank >= 0; rank--) {
                running = Math.min(running, Math.min(1, (double) m * p[order[rank]] / (rank + 1)));
                adjusted[order[rank]] = running;
            }
        }
        return adjusted;
    }
}
