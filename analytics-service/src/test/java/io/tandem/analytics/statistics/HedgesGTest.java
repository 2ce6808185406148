package io.tandem.analytics.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HedgesGTest {

    /**
     * effectsize's README (easystats), hedges_g(mpg ~ am, data = mtcars): g = −1.44, 95% CI [−2.21, −0.65];
     * cohens_d: −1.48 [−2.27, −0.67]. mtcars: automatic n = 19, mean 17.147, SD 3.834; manual n = 13,
     * mean 24.392, SD 6.167 (R's datasets package).
     */
    @Test
    void reproducesEffectsizeOnMtcars() {
        HedgesG.Result g = HedgesG.of(17.147368421052633, 3.833966385561307, 19, 24.392307692307693, 6.166503809353338, 13, 0.95);
        assertThat(g.d()).isCloseTo(-1.48, within(0.005));
        assertThat(g.g()).isCloseTo(-1.44, within(0.005));
        assertThat(g.low()).isCloseTo(-2.21, within(0.005));
        assertThat(g.high()).isCloseTo(-0.65, within(0.005));
        assertThat(g.low() / HedgesG.correction(30)).isCloseTo(-2.27, within(0.005));
        assertThat(g.high() / HedgesG.correction(30)).isCloseTo(-0.67, within(0.005));
    }

    /** The exact correction next to Hedges' approximation 1 − 3/(4ν − 1), and the noncentral t at δ = 0 equal to Student's t. */
    @Test
    void correctionAndDistributionAgreeWithKnownForms() {
        assertThat(HedgesG.correction(30)).isCloseTo(1 - 3.0 / 119, within(1e-4));
        assertThat(NoncentralT.cdf(2.042272, 30, 0)).isCloseTo(0.975, within(1e-6));
        assertThat(NoncentralT.cdf(-1.5, 10, 0)).isCloseTo(1 - NoncentralT.cdf(1.5, 10, 0), within(1e-12));
        // symmetric interval for an observed t of 0
        HedgesG.Result none = HedgesG.of(5, 1, 50, 5, 1, 50, 0.95);
        assertThat(none.low()).isCloseTo(-none.high(), within(1e-9));
    }

    /** Groups that barely vary within give a huge t: the interval comes from the normal approximation, finite and around g. */
    @Test
    void aHugeDifferenceStillGetsAnInterval() {
        HedgesG.Result g = HedgesG.of(5, 0.001, 40, 4, 0.001, 40, 0.95);
        assertThat(g.g()).isGreaterThan(900);
        assertThat(g.low()).isLessThan(g.g()).isGreaterThan(0);
        assertThat(g.high()).isGreaterThan(g.g()).isFinite();
        // at the switch the two methods agree closely
        double t = NoncentralT.SERIES_LIMIT;
        assertThat(NoncentralT.cdf(t, 50, t + 1.959964 * Math.sqrt(1 + t * t / 100))).isCloseTo(0.025, within(0.01));
    }
}
