package io.tandem.survey.psychometrics;

import org.apache.commons.statistics.distribution.FDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cronbach's alpha and the item analysis that goes with it, as R's {@code psych::alpha} reports them
 * for complete data. Formulas (k items, covariance matrix C of the items, n complete cases):
 * <ul>
 *   <li>raw alpha = k / (k - 1) * (1 - trace(C) / sum(C));</li>
 *   <li>standardized alpha = k * rbar / (1 + (k - 1) * rbar), rbar the mean off-diagonal correlation;</li>
 *   <li>Feldt interval (Feldt, Woodruff &amp; Salih 1987; psych's alpha.ci): with df1 = n - 1 and
 *       df2 = (n - 1)(k - 1), lower = 1 - (1 - alpha) * F(1 - p/2; df1, df2),
 *       upper = 1 - (1 - alpha) * F(p/2; df1, df2);</li>
 *   <li>corrected item-total r = corr(item, sum of the other items) (psych's r.drop);</li>
 *   <li>alpha if deleted = the same formulas on the other k - 1 items.</li>
 * </ul>
 * Checked against psych 2.x on R's bfi data (see docs/psychometrics.md) and on the worked example in
 * the unit test. Rows must be complete and reverse keys already applied.
 */
public final class Reliability {

    public static final int MIN_ITEMS = 3;
    public static final int MIN_CASES = 10;

    private Reliability() {
    }

    /**
     * @param rows            complete cases: rows[case][item]
     * @param confidenceLevel e.g. 0.95
     */
    public static ScaleReliability analyse(double[][] rows, double confidenceLevel) {
        int n = rows.length;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 complete cases, got " + n);
        }
        int k = rows[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 items, got " + k);
        }
        double[][] cov = covariance(rows);
        boolean[] all = new boolean[k];
        Arrays.fill(all, true);
        double alpha = rawAlpha(cov, all);
        double standardized = standardizedAlpha(cov, all);
        double[] interval = feldt(alpha, n, k, confidenceLevel);

        List<ItemStatistics> items = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            boolean[] others = all.clone();
            others[i] = false;
            items.add(new ItemStatistics(mean(rows, i), Math.sqrt(cov[i][i]), correctedItemTotal(cov, i),
                    k > 2 ? rawAlpha(cov, others) : Double.NaN, k > 2 ? standardizedAlpha(cov, others) : Double.NaN));
        }
        return new ScaleReliability(n, k, alpha, standardized, interval[0], interval[1], confidenceLevel,
                averageCorrelation(cov, all), List.copyOf(items));
    }

    static double[][] covariance(double[][] rows) {
        int n = rows.length;
        int k = rows[0].length;
        double[] means = new double[k];
        for (double[] row : rows) {
            if (row.length != k) {
                throw new IllegalArgumentException("rows differ in length");
            }
            for (int i = 0; i < k; i++) {
                means[i] += row[i];
            }
        }
        for (int i = 0; i < k; i++) {
            means[i] /= n;
        }
        double[][] cov = new double[k][k];
        for (double[] row : rows) {
            for (int i = 0; i < k; i++) {
                double di = row[i] - means[i];
                for (int j = i; j < k; j++) {
                    cov[i][j] += di * (row[j] - means[j]);
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                cov[i][j] /= (n - 1);
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
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
        return k / (k - 1.0) * (1 - trace / total);
    }

    private static double standardizedAlpha(double[][] cov, boolean[] use) {
        int k = 0;
        for (boolean u : use) {
            k += u ? 1 : 0;
        }
        double rbar = averageCorrelation(cov, use);
        return k * rbar / (1 + (k - 1) * rbar);
    }

    private static double averageCorrelation(double[][] cov, boolean[] use) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < cov.length; i++) {
            for (int j = i + 1; j < cov.length; j++) {
                if (use[i] && use[j]) {
                    sum += cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
                    pairs++;
                }
            }
        }
        return sum / pairs;
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
        return covWithRest / Math.sqrt(cov[item][item] * restVariance);
    }

    static double[] feldt(double alpha, int n, int k, double confidenceLevel) {
        double p = 1 - confidenceLevel;
        FDistribution f = FDistribution.of(n - 1.0, (n - 1.0) * (k - 1.0));
        double lower = 1 - (1 - alpha) * f.inverseCumulativeProbability(1 - p / 2);
        double upper = 1 - (1 - alpha) * f.inverseCumulativeProbability(p / 2);
        return new double[] {lower, upper};
    }

    private static double mean(double[][] rows, int item) {
        double sum = 0;
        for (double[] row : rows) {
            sum += row[item];
        }
        return sum / rows.length;
    }
}
