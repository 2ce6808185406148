package io.tandem.analytics.statistics;

import org.apache.commons.math3.special.Gamma;

/**
 * Standardized mean difference of two independent groups. Cohen's d = (m₁ − m₂)/s_p with the pooled
 * SD s_p = √(((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)); Hedges' g = J·d with the exact small-sample correction
 * J = Γ(ν/2) / (√(ν/2) Γ((ν−1)/2)), ν = n₁+n₂−2 (Hedges 1981; ≈ 1 − 3/(4ν − 1)). Interval: the
 * noncentral-t interval for δ from t = d·√(n₁n₂/(n₁+n₂)) (Steiger &amp; Fouladi 1997), rescaled to d and then
 * multiplied by J, as R's effectsize::hedges_g does. Checked against effectsize's README example
 * (mtcars, mpg by am: g = −1.44, 95% CI [−2.21, −0.65]) in HedgesGTest.
 */
public final class HedgesG {

    public static final String METHOD = "Hedges' g (pooled SD, exact correction), noncentral-t interval";

    private HedgesG() {
    }

    public record Result(double g, double low, double high, double d, int n1, int n2, double level, String method) {
    }

    public static Result of(double mean1, double sd1, int n1, double mean2, double sd2, int n2, double level) {
        if (n1 < 2 || n2 < 2) {
            throw new IllegalArgumentException("each group needs at least 2 people");
        }
        int df = n1 + n2 - 2;
        double pooled = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / df);
        if (!(pooled > 0)) {
            throw new IllegalArgumentException("no variation within the groups");
        }
        double d = (mean1 - mean2) / pooled;
        double j = correction(df);
        double scale = Math.sqrt((double) n1 * n2 / (n1 + n2));
        double t = d * scale;
        double low = NoncentralT.noncentralityAt(t, df, 1 - (1 - level) / 2) / scale;
        double high = NoncentralT.noncentralityAt(t, df, (1 - level) / 2) / scale;
        return new Result(j * d, j * low, j * high, d, n1, n2, level, METHOD);
    }

    /** Hedges' exact J(ν), through log-gamma so large ν does not overflow. */
    static double correction(int df) {
        return Math.exp(Gamma.logGamma(df / 2.0) - 0.5 * Math.log(df / 2.0) - Gamma.logGamma((df - 1) / 2.0));
    }
}
