package io.tandem.analytics.statistics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary least squares with an intercept, as R's {@code lm}: β = (X'X)⁻¹X'y, residual variance
 * s² = RSS / (n − p), SE(β_j) = √(s² [(X'X)⁻¹]_jj), t = β/SE on n − p degrees of freedom, a two-sided
 * p value and the t interval β ± t_{1−α/2, n−p} SE; the partial correlation of a predictor with the
 * outcome given the others is t / √(t² + df) (Cohen et al. 2003, eq. 3.5.6). Computed from
 * {@link Moments}, so a bootstrap refits from summed cluster moments without touching the rows.
 * Checked against R's lm on Tal-Or et al. (psych::Tal_Or) in LinearModelTest.
 */
public final class LinearModel {

    private LinearModel() {
    }

    /** One coefficient with its uncertainty; {@code partialR} is null for the intercept. */
    public record Coefficient(String term, double estimate, double standardError, double t, int df, double p, double low, double high,
                              Double partialR) {
    }

    public record Fit(List<Coefficient> coefficients, long n, int df, double residualVariance, double rSquared) {

        public Coefficient coefficient(String term) {
            return coefficients.stream().filter(c -> c.term().equals(term)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no term " + term));
        }
    }

    /**
     * @param moments    of the centred variables
     * @param names      every variable's name, in the moments' order
     * @param predictors positions of the predictors among the variables
     * @param response   position of the outcome
     * @param level      interval level, e.g. 0.95
     */
    public static Fit fit(Moments moments, String[] names, int[] predictors, int response, double level) {
        long n = moments.count();
        int p = predictors.length + 1;
        if (n <= p) {
            throw new IllegalArgumentException("too few rows (" + n + ") for " + p + " coefficients");
        }
        double[][] inverse = inverseCrossProducts(moments, predictors);
        double[] beta = solve(inverse, moments, predictors, response);
        double rss = moments.at(response + 1, response + 1);
        for (int a = 0; a < p; a++) {
            rss -= beta[a] * moments.at(position(predictors, a), response + 1);
        }
        rss = Math.max(rss, 0);
        int df = (int) (n - p);
        double s2 = rss / df;
        double sumY = moments.at(0, response + 1);
        double tss = moments.at(response + 1, response + 1) - sumY * sumY / n;
        TDistribution t = TDistribution.of(df);
        double critical = t.inverseSurvivalProbability((1 - level) / 2);
        List<Coefficient> coefficients = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            double se = Math.sqrt(s2 * inverse[a][a]);
            double tValue = beta[a] / se;
            coefficients.add(new Coefficient(a == 0 ? "(Intercept)" : names[predictors[a - 1]], beta[a], se, tValue, df,
                    2 * t.survivalProbability(Math.abs(tValue)), beta[a] - critical * se, beta[a] + critical * se,
                    a == 0 ? null : tValue / Math.sqrt(tValue * tValue + df)));
        }
        return new Fit(coefficients, n, df, s2, tss > 0 ? 1 - rss / tss : Double.NaN);
    }

    /**
     * Only the slopes, for a bootstrap resample: no standard errors. Null when the resample's predictors
     * are collinear (e.g. every drawn cluster has the same value), which the caller counts and skips.
     */
    static double[] slopes(Moments moments, int[] predictors, int response) {
        double[][] inverse;
        try {
            inverse = inverseCrossProducts(moments, predictors);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return solve(inverse, moments, predictors, response);
    }

    private static double[] solve(double[][] inverse, Moments moments, int[] predictors, int response) {
        int p = predictors.length + 1;
        double[] beta = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                beta[a] += inverse[a][b] * moments.at(position(predictors, b), response + 1);
            }
        }
        return beta;
    }

    private static double[][] inverseCrossProducts(Moments moments, int[] predictors) {
        int p = predictors.length + 1;
        RealMatrix xtx = new Array2DRowRealMatrix(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                xtx.setEntry(a, b, moments.at(position(predictors, a), position(predictors, b)));
            }
        }
        try {
            return new LUDecomposition(xtx, 1e-12).getSolver().getInverse().getData();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("the predictors are collinear (or one does not vary)", e);
        }
    }

    /** Position in the moments of the a-th coefficient (0 is the intercept). */
    private static int position(int[] predictors, int a) {
        return a == 0 ? 0 : predictors[a - 1] + 1;
    }
}
