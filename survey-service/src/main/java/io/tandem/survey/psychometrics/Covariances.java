package io.tandem.survey.psychometrics;

import java.util.Arrays;

/** Covariance and correlation matrices as R computes them, complete or pairwise ({@code use = "pairwise"}). */
final class Covariances {

    private Covariances() {
    }

    /**
     * Sample covariances (n - 1). Pairwise: each from the rows with both items, with that subset's means
     * (a variance from all the item's answers); otherwise rows must be complete.
     */
    static double[][] covariance(double[][] rows, boolean pairwise) {
        int k = rows[0].length;
        double[][] cov = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                cov[i][j] = pairCovariance(rows, i, j, pairwise)[0];
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    /** Each correlation from the rows with both items, with that subset's means and standard deviations. */
    static double[][] pairwiseCorrelation(double[][] rows) {
        int k = rows[0].length;
        double[][] cor = new double[k][k];
        for (int i = 0; i < k; i++) {
            cor[i][i] = 1;
            for (int j = i + 1; j < k; j++) {
                double[] c = pairCovariance(rows, i, j, true);
                cor[i][j] = c[0] / Math.sqrt(c[1] * c[2]);
                cor[j][i] = cor[i][j];
            }
        }
        return cor;
    }

    static double[][] correlation(double[][] cov) {
        int k = cov.length;
        double[][] cor = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cor[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        return cor;
    }

    /** {cov(i, j), var(i), var(j)} over the rows where both are present (all rows when not skipping). */
    private static double[] pairCovariance(double[][] rows, int i, int j, boolean skipMissing) {
        double meanI = 0;
        double meanJ = 0;
        int n = 0;
        for (double[] row : rows) {
            if (skipMissing && (Double.isNaN(row[i]) || Double.isNaN(row[j]))) {
                continue;
            }
            meanI += row[i];
            meanJ += row[j];
            n++;
        }
        meanI /= n;
        meanJ /= n;
        double cov = 0;
        double varI = 0;
        double varJ = 0;
        for (double[] row : rows) {
            if (skipMissing && (Double.isNaN(row[i]) || Double.isNaN(row[j]))) {
                continue;
            }
            cov += (row[i] - meanI) * (row[j] - meanJ);
            varI += (row[i] - meanI) * (row[i] - meanI);
            varJ += (row[j] - meanJ) * (row[j] - meanJ);
        }
        return new double[] {cov / (n - 1), varI / (n - 1), varJ / (n - 1)};
    }

    /** R's median of the item's answers. */
    static double median(double[][] rows, int item) {
        double[] values = Arrays.stream(rows).mapToDouble(r -> r[item]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
