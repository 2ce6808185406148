package io.tandem.analytics.statistics;

/**
 * Sums of cross products of a row's variables with a leading constant 1: entry (i, j) is Σ v_i v_j over
 * the rows added, entry (0, 0) the row count. Everything an ordinary least-squares fit of any of the
 * variables on any others needs, and additive: a bootstrap resample of clusters is the sum of its
 * clusters' moments. Variables should be centred first (by any fixed values) so the sums stay well
 * conditioned; slopes do not change by centring.
 */
public final class Moments {

    final int size;
    final double[] sums;

    /** @param variables how many variables a row has (the constant is added) */
    public Moments(int variables) {
        this.size = variables + 1;
        this.sums = new double[size * size];
    }

    public void add(double[] row) {
        sums[0] += 1;
        for (int i = 0; i < row.length; i++) {
            sums[i + 1] += row[i];
            for (int j = i; j < row.length; j++) {
                sums[(i + 1) * size + j + 1] += row[i] * row[j];
            }
        }
    }

    /** Adds another set of moments {@code times} times (a cluster drawn that often). */
    public void add(Moments other, int times) {
        for (int k = 0; k < sums.length; k++) {
            sums[k] += times * other.sums[k];
        }
    }

    public void clear() {
        java.util.Arrays.fill(sums, 0);
    }

    public long count() {
        return Math.round(sums[0]);
    }

    /** Σ u_i u_j for positions in the row (0 is the constant, k + 1 is variable k). */
    double at(int i, int j) {
        return i <= j ? sums[i * size + j] : sums[j * size + i];
    }
}
