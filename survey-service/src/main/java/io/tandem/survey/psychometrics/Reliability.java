package io.tandem.survey.psychometrics;

import org.apache.commons.statistics.distribution.FDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cronbach's alpha and the item analysis that goes with it, as R's {@code psych::alpha} reports them.
 * Formulas (k items, C the item covariance matrix and R the correlation matrix under the chosen
 * missing-data rule, n cases):
 * <ul>
 *   <li>raw alpha = k / (k - 1) * (1 - trace(C) / sum(C));</li>
 *   <li>standardized alpha = k * rbar / (1 + (k - 1) * rbar), rbar the mean off-diagonal of R;</li>
 *   <li>ASE (Duhachek &amp; Iacobucci 2004; psych::alpha's ase): Q = 2k² / ((k-1)² sum(C)³) *
 *       (sum(C) (tr(C²) + tr(C)²) - 2 tr(C) sum(C²)), ASE = sqrt(Q / n);</li>
 *   <li>Feldt interval (Feldt, Woodruff &amp; Salih 1987; psych's alpha.ci): with df1 = n - 1 and
 *       df2 = (n - 1)(k - 1), lower = 1 - (1 - alpha) * F(1 - p/2; df1, df2),
 *       upper = 1 - (1 - alpha) * F(p/2; df1, df2);</li>
 *   <li>corrected item-total r = cov(item, rest) / sqrt(var(item) var(rest)) from C (psych's r.drop);</li>
 *   <li>alpha if deleted = the same formulas on the other k - 1 items.</li>
 * </ul>
 * A constant item (variance 0) has no correlation: it stays in raw alpha, is left out of the mean
 * correlation, and makes standardized alpha undefined (NaN). Checked against psych on R's bfi in all
 * three missing-data modes (docs/psychometrics.md) and on the worked examples in the unit tests.
 * Input rows hold NaN for a missing answer; reverse keys already applied.
 */
public final class Reliability {

    public static final int MIN_ITEMS = 3;
    public static final int MIN_CASES = 10;

    private Reliability() {
    }

    /** Complete rows only (listwise deletion done by the caller or by this rule). */
    public static ScaleReliability analyse(double[][] rows, double confidenceLevel) {
        return analyse(rows, MissingData.COMPLETE_CASES, confidenceLevel);
    }

    /** How many cases a rule uses: complete rows, or rows with at least one answer. */
    public static int cases(double[][] data, MissingData mode) {
        return prepare(data, mode).length;
    }

    /**
     * @param data            data[case][item], NaN where an enabled item was not answered
     * @param confidenceLevel e.g. 0.95
     */
    public static ScaleReliability analyse(double[][] data, MissingData mode, double confidenceLevel) {
        double[][] rows = prepare(data, mode);
        int n = rows.length;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 cases, got " + n);
        }
        int k = rows[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 items, got " + k);
        }
        double[][] cov = Covariances.covariance(rows, mode == MissingData.PAIRWISE);
        double[][] cor = mode == MissingData.PAIRWISE ? Covariances.pairwiseCorrelation(rows) : Covariances.correlation(cov);
        boolean[] constant = new boolean[k];
        for (int i = 0; i < k; i++) {
            constant[i] = !(cov[i][i] > 1e-12);
        }
        boolean[] all = new boolean[k];
        Arrays.fill(all, true);
        double alpha = rawAlpha(cov, all);
        double[] interval = feldt(alpha, n, k, confidenceLevel);
        List<ItemStatistics> items = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            boolean[] others = all.clone();
            others[i] = false;
            items.add(new ItemStatistics(mean(rows, i), Math.sqrt(cov[i][i]), constant[i] ? Double.NaN : correctedItemTotal(cov, i),
                    k > 2 ? rawAlpha(cov, others) : Double.NaN, k > 2 ? standardizedAlpha(cor, others, constant) : Double.NaN, constant[i]));
        }
        return new ScaleReliability(n, k, mode, alpha, standardizedAlpha(cor, all, constant), ase(cov, n), interval[0], interval[1],
                confidenceLevel, averageCorrelation(cor, all, constant), List.copyOf(items));
    }

    /** The rows a rule works on: complete rows; or rows with any answer, missing ones imputed by the item's median. */
    private static double[][] prepare(double[][] data, MissingData mode) {
        List<double[]> kept = new ArrayList<>();
        for (double[] row : data) {
            boolean any = false;
            boolean complete = true;
            for (double v : row) {
                any |= !Double.isNaN(v);
                complete &= !Double.isNaN(v);
            }
            if (mode == MissingData.COMPLETE_CASES ? complete : any) {
                kept.add(row.clone());
            }
        }
        double[][] rows = kept.toArray(new double[0][]);
        if (mode == MissingData.MEDIAN_IMPUTATION && rows.length > 0) {
            for (int i = 0; i < rows[0].length; i++) {
                double median = Covariances.median(rows, i);
                for (double[] row : rows) {
                    if (Double.isNaN(row[i])) {
                        row[i] = median;
                    }
                }
            }
        }
        return rows;
    }

    private static double rawAlpha(double[][] cov, boolean[] use) {
        int k = 0;
        double trace = 0;
        double total = 0;
        for (int i = 0; i < cov.length; i++) {
            if (!use[i]) {
                continue;
            }
            k++;
            trace += cov[i][i];
            for (int j = 0; j < cov.length; j++) {
                if (use[j]) {
                    total += cov[i][j];
                }
            }
        }
        return total > 0 ? k / (k - 1.0) * (1 - trace / total) : Double.NaN;
    }

    private static double standardizedAlpha(double[][] cor, boolean[] use, boolean[] constant) {
        int k = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i] && constant[i]) {
                return Double.NaN;
            }
            k += use[i] ? 1 : 0;
        }
        double rbar = averageCorrelation(cor, use, constant);
        return k * rbar / (1 + (k - 1) * rbar);
    }

    private static double averageCorrelation(double[][] cor, boolean[] use, boolean[] constant) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < cor.length; i++) {
            for (int j = i + 1; j < cor.length; j++) {
                if (use[i] && use[j] && !constant[i] && !constant[j]) {
                    sum += cor[i][j];
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    /** corr(item i, sum of the others) from the covariance matrix alone. */
    private static double correctedItemTotal(double[][] cov, int item) {
        double covWithRest = 0;
        double restVariance = 0;
        for (int j = 0; j < cov.length; j++) {
            if (j == item) {
                continue;
            }
            covWithRest += cov[item][j];
            for (int l = 0; l < cov.length; l++) {
                if (l != item) {
                    restVariance += cov[j][l];
                }
            }
        }
        return restVariance > 0 ? covWithRest / Math.sqrt(cov[item][item] * restVariance) : Double.NaN;
    }

    static double ase(double[][] cov, int n) {
        int k = cov.length;
        double total = 0;
        double trace = 0;
        double traceSquare = 0;
        double totalSquare = 0;
        for (int i = 0; i < k; i++) {
            trace += cov[i][i];
            for (int j = 0; j < k; j++) {
                total += cov[i][j];
                double product = 0;
                for (int l = 0; l < k; l++) {
                    product += cov[i][l] * cov[l][j];
                }
                totalSquare += product;
                if (i == j) {
                    traceSquare += product;
                }
            }
        }
        double q = 2.0 * k * k / ((k - 1.0) * (k - 1.0) * total * total * total)
                * (total * (traceSquare + trace * trace) - 2 * trace * totalSquare);
        return q >= 0 && total > 0 ? Math.sqrt(q / n) : Double.NaN;
    }

    static double[] feldt(double alpha, int n, int k, double confidenceLevel) {
        if (Double.isNaN(alpha)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = 1 - confidenceLevel;
        FDistribution f = FDistribution.of(n - 1.0, (n - 1.0) * (k - 1.0));
        double lower = 1 - (1 - alpha) * f.inverseCumulativeProbability(1 - p / 2);
        double upper = 1 - (1 - alpha) * f.inverseCumulativeProbability(p / 2);
        return new double[] {lower, upper};
    }

    /** Mean over the item's answers. */
    private static double mean(double[][] rows, int item) {
        double sum = 0;
        int count = 0;
        for (double[] row : rows) {
            if (!Double.isNaN(row[item])) {
                sum += row[item];
                count++;
            }
        }
        return sum / count;
    }
}
