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

    /** Per group: X'X, X'Z, Z'Z, X'y, Z'y, y'y (X with the intercept column). */
    private record Group(double[][] xx, double[][] xz, double[][] zz, double[] xy, double[] zy, double yy) {
    }

    /**
     * @param terms       names of the fixed effects after the intercept, in the order of {@link Observation#x}
     * @param randomSlope true for intercept and slope per group, false for a random intercept only
     */
    public static Fit fit(List<Observation> observations, String[] terms, boolean randomSlope, double level) {
        int p = terms.length + 1;
        int q = randomSlope ? 2 : 1;
        List<Group> groups = groups(observations, p, q);
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
        List<Group> groups = groups(observations, p, q);
        int n = observations.size();
        Profile at = deviance(groups, theta, p, q, n);
        double sigma2 = at.r2 / (n - p);
        double[][] covariance = new LUDecomposition(new Array2DRowRealMatrix(at.xvx)).getSolver().getInverse().getData();
        int df = groups.size() - p;
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
        return new Fit(fixed, components, q == 2, singular, n, groups.size(), at.deviance,
                q == 2 ? "REML, random intercept and slope (unrestricted covariance)" : "REML, random intercept");
    }

    private static List<Group> groups(List<Observation> observations, int p, int q) {
        Map<String, List<Observation>> byGroup = new LinkedHashMap<>();
        observations.forEach(o -> byGroup.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o));
        if (observations.size() <= p || byGroup.size() < 2) {
            throw new IllegalArgumentException("too few observations or groups for a mixed model");
        }
        List<Group> groups = new ArrayList<>();
        for (List<Observation> rows : byGroup.values()) {
            groups.add(crossProducts(rows, p, q));
        }
        return groups;
    }

    private static Group crossProducts(List<Observation> rows, int p, int q) {
        double[][] xx = new double[p][p];
        double[][] xz = new double[p][q];
        double[][] zz = new double[q][q];
        double[] xy = new double[p];
        double[] zy = new double[q];
        double yy = 0;
        double[] x = new double[p];
        double[] z = new double[q];
        for (Observation o : rows) {
            x[0] = 1;
            System.arraycopy(o.x(), 0, x, 1, p - 1);
            z[0] = 1;
            if (q == 2) {
                z[1] = o.slopeCovariate();
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    xx[a][b] += x[a] * x[b];
                }
                for (int b = 0; b < q; b++) {
                    xz[a][b] += x[a] * z[b];
                }
                xy[a] += x[a] * o.y();
            }
            for (int a = 0; a < q; a++) {
                for (int b = 0; b < q; b++) {
                    zz[a][b] += z[a] * z[b];
                }
                zy[a] += z[a] * o.y();
            }
            yy += o.y() * o.y();
        }
        return new Group(xx, xz, zz, xy, zy, yy);
    }

    private record Profile(double deviance, double[] beta, double[][] xvx, double r2) {
    }

    /** The profiled REML criterion at θ, with the fixed effects and the pieces the fit reports. */
    private static Profile deviance(List<Group> groups, double[] theta, int p, int q, int n) {
        double[][] lambda = q == 1 ? new double[][] {{theta[0]}} : new double[][] {{theta[0], 0}, {theta[1], theta[2]}};
        double[][] xvx = new double[p][p];
        double[] xvy = new double[p];
        double yvy = 0;
        double logDetM = 0;
        for (Group g : groups) {
            // A = Λ'Z'ZΛ, M = I + A; U = X'ZΛ (p×q); w = Λ'Z'y (q)
            double[][] m = add(identity(q), multiply(transpose(lambda), multiply(g.zz(), lambda)));
            double[][] u = multiply(g.xz(), lambda);
            double[] w = multiply(transpose(lambda), g.zy());
            double[][] mInv = inverse(m);
            logDetM += Math.log(determinant(m));
            double[][] uMinv = multiply(u, mInv);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    double correction = 0;
                    for (int k = 0; k < q; k++) {
                        correction += uMinv[a][k] * u[b][k];
                    }
                    xvx[a][b] += g.xx()[a][b] - correction;
                }
                double correction = 0;
                for (int k = 0; k < q; k++) {
                    correction += uMinv[a][k] * w[k];
                }
                xvy[a] += g.xy()[a] - correction;
            }
            double[] mInvW = multiply(mInv, w);
            double quad = 0;
            for (int k = 0; k < q; k++) {
                quad += w[k] * mInvW[k];
            }
            yvy += g.yy() - quad;
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

    private static double[][] identity(int q) {
        double[][] i = new double[q][q];
        for (int k = 0; k < q; k++) {
            i[k][k] = 1;
        }
        return i;
    }

    private static double[][] add(double[][] a, double[][] b) {
        double[][] c = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = a[i][j] + b[i][j];
            }
        }
        return c;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < v.length; k++) {
                c[i] += a[i][k] * v[k];
            }
        }
        return c;
    }

    /** Inverse of a 1×1 or 2×2 matrix (the random effects are at most intercept and slope). */
    private static double[][] inverse(double[][] m) {
        if (m.length == 1) {
            return new double[][] {{1 / m[0][0]}};
        }
        double det = determinant(m);
        return new double[][] {{m[1][1] / det, -m[0][1] / det}, {-m[1][0] / det, m[0][0] / det}};
    }

    private static double determinant(double[][] m) {
        return m.length == 1 ? m[0][0] : m[0][0] * m[1][1] - m[0][1] * m[1][0];
    }
}
