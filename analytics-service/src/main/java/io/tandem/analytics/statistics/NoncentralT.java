package io.tandem.analytics.statistics;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The noncentral t distribution's CDF and the inversion that gives a confidence interval for its
 * noncentrality. CDF by the series of Lenth (1989, Applied Statistics algorithm AS 243): for t ≥ 0,
 * F(t; ν, δ) = Φ(−δ) + ½ Σ_j [P_j I_x(j + ½, ν/2) + Q_j I_x(j + 1, ν/2)] with x = t²/(t² + ν),
 * P_j = e^{−δ²/2}(δ²/2)^j / j! and Q_j = e^{−δ²/2}(δ²/2)^j δ / (√2 Γ(j + 3/2)); for t &lt; 0,
 * F(t; ν, δ) = 1 − F(−t; ν, −δ). The terms are summed around the Poisson weights' mode until they no
 * longer matter. The interval for δ given an observed t is the pair of δ with F(t; ν, δ) = 1 − α/2 and
 * α/2 (Steiger &amp; Fouladi 1997), as R's MBESS::conf.limits.nct and effectsize do. Beyond |t| = 37.5
 * (δ²/2 over 700) the series needs tens of thousands of terms per evaluation; there the distribution is
 * close to normal and δ = t ∓ z·√(1 + t²/(2ν)) is used instead (Hedges &amp; Olkin 1985, ch. 5).
 */
final class NoncentralT {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private NoncentralT() {
    }

    static double cdf(double t, double df, double delta) {
        if (t < 0) {
            return 1 - cdf(-t, df, -delta);
        }
        double x = t * t / (t * t + df);
        double lambda = delta * delta / 2;
        double sum = 0;
        int mode = (int) Math.floor(lambda);
        double spread = 12 * Math.sqrt(lambda) + 30;
        int first = (int) Math.max(0, mode - spread);
        int last = (int) (mode + spread);
        double logDelta = Math.log(Math.abs(delta));
        for (int j = first; j <= last; j++) {
            double logPoisson = lambda == 0 ? (j == 0 ? 0 : Double.NEGATIVE_INFINITY) : -lambda + j * Math.log(lambda) - Gamma.logGamma(j + 1.0);
            double p = Math.exp(logPoisson);
            double q = delta == 0 ? 0 : Math.signum(delta)
                    * Math.exp(-lambda + (lambda == 0 ? 0 : j * Math.log(lambda)) + logDelta - 0.5 * Math.log(2) - Gamma.logGamma(j + 1.5));
            if (x > 0) {
                sum += p * Beta.regularizedBeta(x, j + 0.5, df / 2) + q * Beta.regularizedBeta(x, j + 1.0, df / 2);
            }
        }
        double value = NORMAL.cumulativeProbability(-delta) + sum / 2;
        return Math.min(1, Math.max(0, value));
    }

    /** The noncentrality δ at which the observed t sits at the given CDF probability. */
    static final double SERIES_LIMIT = 37.5;

    static double noncentralityAt(double t, double df, double probability) {
        if (Math.abs(t) > SERIES_LIMIT) {
            return t - NORMAL.inverseCumulativeProbability(probability) * Math.sqrt(1 + t * t / (2 * df)); // F(t; δ) = p
        }
        // F(t; δ) falls as δ grows: bracket around t, widening until the probability lies inside.
        double width = 2 + Math.abs(t) * 0.5;
        double lo = t - width;
        double hi = t + width;
        while (cdf(t, df, lo) < probability) {
            lo -= width;
        }
        while (cdf(t, df, hi) > probability) {
            hi += width;
        }
        return new BrentSolver(1e-10).solve(500, delta -> cdf(t, df, delta) - probability, lo, hi);
    }
}
