package io.tandem.analytics.statistics;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear mixed model y = Xβ + Zb + e with, per group, a random intercept and (optionally) a random slope
 * on one covariate with an unrestricted 2×2 covariance, fitted by REML as lme4 does (Bates, Mächler,
 * Bolker &amp; Walker 2015, J. Stat. Softw. 67(1), §3.4): the random effects' covariance is σ²ΛΛ' with Λ
 * lower triangular (θ its entries); for each θ the fixed effects and σ² are profiled out and
 * d(θ) = Σ_i log|I + Λ'Z_i'Z_iΛ| + log|X'V⁻¹X| + (n − p)(1 + log(2π r²/(n − p))), with
 * V_i/σ² = I + Z_iΛΛ'Z_i' and r² = y'V⁻¹y − β̂'X'V⁻¹y, is minimised over θ (diagonal ≥ 0) by BOBYQA
 * (one θ: Brent). Then σ̂² = r²/(n − p), Cov(β̂) = σ̂²(X'V⁻¹X)⁻¹ and the variance components σ̂²ΛΛ'.
 * Every evaluation works from per-group cross products, so its cost grows with groups, not rows.
 * Degrees of freedom for the fixed effects' t intervals: groups − fixed effects (a containment-style
 * choice, conservative next to Satterthwaite's). A fit whose θ has a diagonal entry under 10⁻⁴ is
 * singular (lme4's isSingular rule). Checked against lme4 on sleepstudy in MixedModelTest.
 */
public final class MixedModel {

    public static final double SINGULAR_TOLERANCE = 1e-4;

    private MixedModel() {
    }

    /** One observation: its group, fixed-effect row (without the intercept) and the random slope's covariate. */
    public record Observation(String group, double[] x, double slopeCovariate, double y) {
    }

    public record Fixed(String term, double estimate, double standardError, double t, int df, double p, double low, double high) {
    }

    /** Variance components: the random slope's entries are null in a random-intercept model. */
    public record Components(double interceptVariance, Double slopeVariance, Double covariance, double residualVariance) {
    }

    public record Fit(List<Fixed> fixed, Components components, boolean randomSlope, boolean singular, long n, int groups,
                      double remlDeviance, String method) {

        public Fixed term(String name) {
            return fixed.stream().filter(f -> f.term().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
        }
    }


    /**
     * @param terms       names of the fixed effects after the intercept, in the order of {@link Observation#x}
     * @param randomSlope true for intercept and slope per group, false for a random intercept only
     */
    public static Fit fit(List<Observation> observations, String[] terms, boolean randomSlope, double level) {
        int p = terms.length + 1;
        int q = randomSlope ? 2 : 1;
        Design groups = Design.of(observations, p, q);
        int n = observations.size();
        double[] theta;
        if (q == 1) {
            UnivariateObjectiveFunction objective = new UnivariateObjectiveFunction(t -> deviance(groups, new double[] {t}, p, q, n).deviance);
            double best = new BrentOptimizer(1e-12, 1e-12).optimize(new MaxEval(10_000), objective, GoalType.MINIMIZE,
                    new SearchInterval(0, 100, 1)).getPoint();
            theta = new double[] {best};
        } else {
            MultivariateFunction objective = t -> deviance(groups, t, p, q, n).deviance;
            // lme4's start; then a second, finer search from the first one's optimum (the surface is flat near it)
            theta = new double[] {1, 0, 1};
            for (double radius : new double[] {0.5, 0.01}) {
                PointValuePair best = new BOBYQAOptimizer(7, radius, 1e-12).optimize(new MaxEval(100_000), new ObjectiveFunction(objective),
                        GoalType.MINIMIZE, new InitialGuess(theta), new SimpleBounds(new double[] {0, Double.NEGATIVE_INFINITY, 0},
                                new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}));
                theta = best.getPoint();
            }
        }
        return fitAt(observations, terms, theta, level);
    }

    /** The model's estimates at a given θ (one entry: random intercept; three: intercept and slope), without optimising. */
    static Fit fitAt(List<Observation> observations, String[] terms, double[] theta, double level) {
        int p = terms.length + 1;
        int q = theta.length == 1 ? 1 : 2;
        Design groups = Design.of(observations, p, q);
        int n = observations.size();
        Profile at = deviance(groups, theta, p, q, n);
        double sigma2 = at.r2 / (n - p);
        double[][] covariance = new LUDecomposition(new Array2DRowRealMatrix(at.xvx)).getSolver().getInverse().getData();
        int df = groups.count - p;
        TDistribution t = TDistribution.of(Math.max(df, 1));
        double critical = t.inverseSurvivalProbability((1 - level) / 2);
        List<Fixed> fixed = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            double se = Math.sqrt(sigma2 * covariance[a][a]);
            double tValue = at.beta[a] / se;
            fixed.add(new Fixed(a == 0 ? "(Intercept)" : terms[a - 1], at.beta[a], se, tValue, df, 2 * t.survivalProbability(Math.abs(tValue)),
                    at.beta[a] - critical * se, at.beta[a] + critical * se));
        }
        Components components;
        boolean singular;
        if (q == 1) {
            components = new Components(sigma2 * theta[0] * theta[0], null, null, sigma2);
            singular = theta[0] < SINGULAR_TOLERANCE;
        } else {
            double l11 = theta[0];
            double l21 = theta[1];
            double l22 = theta[2];
            components = new Components(sigma2 * l11 * l11, sigma2 * (l21 * l21 + l22 * l22), sigma2 * l11 * l21, sigma2);
            singular = l11 < SINGULAR_TOLERANCE || l22 < SINGULAR_TOLERANCE;
        }
        return new Fit(fixed, components, q == 2, singular, n, groups.count, at.deviance,
                q == 2 ? "REML, random intercept and slope (unrestricted covariance)" : "REML, random intercept");
    }

    /**
     * The data as every evaluation needs it: per group Z'Z, X'Z, Z'y (flat arrays, one slot per group), and
     * X'X, X'y, y'y summed over groups (they do not depend on θ). X has the intercept column; Z is
     * (1, slope covariate) or (1).
     */
    private static final class Design {
        final int count;
        final int p;
        final int q;
        final double[] zz;
        final double[] xz;
        final double[] zy;
        final double[][] xx;
        final double[] xy;
        double yy;

        private Design(int count, int p, int q) {
            this.count = count;
            this.p = p;
            this.q = q;
            this.zz = new double[count * q * q];
            this.xz = new double[count * p * q];
            this.zy = new double[count * q];
            this.xx = new double[p][p];
            this.xy = new double[p];
        }

        static Design of(List<Observation> observations, int p, int q) {
            Map<String, Integer> index = new LinkedHashMap<>();
            observations.forEach(o -> index.putIfAbsent(o.group(), index.size()));
            if (observations.size() <= p || index.size() < 2) {
                throw new IllegalArgumentException("too few observations or groups for a mixed model");
            }
            Design d = new Design(index.size(), p, q);
            double[] x = new double[p];
            double[] z = new double[q];
            for (Observation o : observations) {
                int g = index.get(o.group());
                x[0] = 1;
                System.arraycopy(o.x(), 0, x, 1, p - 1);
                z[0] = 1;
                if (q == 2) {
                    z[1] = o.slopeCovariate();
                }
                double y = o.y();
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b < p; b++) {
                        d.xx[a][b] += x[a] * x[b];
                    }
                    for (int k = 0; k < q; k++) {
                        d.xz[(g * p + a) * q + k] += x[a] * z[k];
                    }
                    d.xy[a] += x[a] * y;
                }
                for (int k = 0; k < q; k++) {
                    for (int l = 0; l < q; l++) {
                        d.zz[(g * q + k) * q + l] += z[k] * z[l];
                    }
                    d.zy[g * q + k] += z[k] * y;
                }
                d.yy += y * y;
            }
            return d;
        }
    }

    private record Profile(double deviance, double[] beta, double[][] xvx, double r2) {
    }

    /**
     * The profiled REML criterion at θ, with the fixed effects and the pieces the fit reports. Per group, with
     * A = Z'Z, U = X'ZΛ, w = Λ'Z'y and M = I + Λ'AΛ: log|M| adds to the criterion, and U M⁻¹ U', U M⁻¹ w and
     * w'M⁻¹w come off X'X, X'y and y'y (Woodbury: V⁻¹ = I − ZΛ M⁻¹ Λ'Z').
     */
    private static Profile deviance(Design d, double[] theta, int p, int q, int n) {
        int groups = d.count;
        double l11 = theta[0];
        double l21 = q == 2 ? theta[1] : 0;
        double l22 = q == 2 ? theta[2] : 0;
        double[][] xvx = new double[p][p];
        double[] xvy = d.xy.clone();
        for (int a = 0; a < p; a++) {
            xvx[a] = d.xx[a].clone();
        }
        double yvy = d.yy;
        double logDetM = 0;
        double[] u0 = new double[p];
        double[] u1 = new double[p];
        for (int g = 0; g < groups; g++) {
            if (q == 1) {
                double a00 = d.zz[g];
                double m = 1 + l11 * l11 * a00;
                logDetM += Math.log(m);
                double w = l11 * d.zy[g];
                for (int a = 0; a < p; a++) {
                    u0[a] = d.xz[g * p + a] * l11;
                }
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b < p; b++) {
                        xvx[a][b] -= u0[a] * u0[b] / m;
                    }
                    xvy[a] -= u0[a] * w / m;
                }
                yvy -= w * w / m;
                continue;
            }
            int z = g * 4;
            double a00 = d.zz[z];
            double a01 = d.zz[z + 1];
            double a11 = d.zz[z + 3];
            // Λ = [[l11, 0], [l21, l22]]; Λ'AΛ
            double b00 = l11 * (a00 * l11 + a01 * l21) + l21 * (a01 * l11 + a11 * l21);
            double b01 = l11 * a01 * l22 + l21 * a11 * l22;
            double b11 = l22 * a11 * l22;
            double m00 = 1 + b00;
            double m01 = b01;
            double m11 = 1 + b11;
            double det = m00 * m11 - m01 * m01;
            logDetM += Math.log(det);
            double i00 = m11 / det;
            double i01 = -m01 / det;
            double i11 = m00 / det;
            double zy0 = d.zy[g * 2];
            double zy1 = d.zy[g * 2 + 1];
            double w0 = l11 * zy0 + l21 * zy1;
            double w1 = l22 * zy1;
            for (int a = 0; a < p; a++) {
                double xz0 = d.xz[(g * p + a) * 2];
                double xz1 = d.xz[(g * p + a) * 2 + 1];
                u0[a] = xz0 * l11 + xz1 * l21;
                u1[a] = xz1 * l22;
            }
            for (int a = 0; a < p; a++) {
                double v0 = u0[a] * i00 + u1[a] * i01;
                double v1 = u0[a] * i01 + u1[a] * i11;
                for (int b = a; b < p; b++) {
                    double c = v0 * u0[b] + v1 * u1[b];
                    xvx[a][b] -= c;
                    if (b != a) {
                        xvx[b][a] -= c;
                    }
                }
                xvy[a] -= v0 * w0 + v1 * w1;
            }
            yvy -= w0 * (i00 * w0 + i01 * w1) + w1 * (i01 * w0 + i11 * w1);
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(xvx));
        double[] beta = lu.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(xvy)).toArray();
        double r2 = yvy;
        for (int a = 0; a < p; a++) {
            r2 -= beta[a] * xvy[a];
        }
        int dfResidual = n - p;
        double deviance = logDetM + Math.log(lu.getDeterminant()) + dfResidual * (1 + Math.log(2 * Math.PI * r2 / dfResidual));
        return new Profile(deviance, beta, xvx, r2);
    }
}
