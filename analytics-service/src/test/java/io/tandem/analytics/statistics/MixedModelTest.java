package io.tandem.analytics.statistics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MixedModelTest {

    /**
     * lme4 1.1-37 (lmer.pdf, Bates et al. 2015): lmer(Reaction ~ Days + (Days | Subject), sleepstudy), REML:
     * (Intercept) 251.405 (SE 6.825), Days 10.467 (SE 1.546); variances 612.100 (intercept), 35.072 (Days),
     * covariance 9.604, residual 654.940; REML criterion 1743.6; θ = (0.96674177, 0.01516906, 0.23090995).
     * At lme4's θ our criterion and every figure equal lme4's to the printed precision (the same model, the
     * same criterion). Our optimiser goes on to a criterion 1.5·10⁻⁹ lower (lme4's nloptwrap stops at
     * ftol_abs = 10⁻⁸), where the intercept and residual variances read 612.090 and 654.941: those two are
     * checked within that convergence difference, every other figure to the printed precision.
     */
    @Test
    void reproducesSleepstudyFromLme4() {
        List<MixedModel.Observation> observations = sleepstudy();
        MixedModel.Fit atLme4 = MixedModel.fitAt(observations, new String[] {"Days"}, new double[] {0.96674177, 0.01516906, 0.23090995}, 0.95);
        assertThat(atLme4.remlDeviance()).isCloseTo(1743.6, within(0.05));
        assertThat(atLme4.components().interceptVariance()).isCloseTo(612.100, within(5e-4));
        assertThat(atLme4.components().slopeVariance()).isCloseTo(35.072, within(5e-4));
        assertThat(atLme4.components().covariance()).isCloseTo(9.604, within(5e-4));
        assertThat(atLme4.components().residualVariance()).isCloseTo(654.940, within(5e-4));
        assertThat(atLme4.term("(Intercept)").standardError()).isCloseTo(6.825, within(5e-4));

        MixedModel.Fit fit = MixedModel.fit(observations, new String[] {"Days"}, true, 0.95);
        assertThat(fit.remlDeviance()).isLessThanOrEqualTo(atLme4.remlDeviance());
        assertThat(fit.n()).isEqualTo(180);
        assertThat(fit.groups()).isEqualTo(18);
        assertThat(fit.term("(Intercept)").estimate()).isCloseTo(251.405, within(5e-4));
        assertThat(fit.term("(Intercept)").standardError()).isCloseTo(6.825, within(5e-4));
        assertThat(fit.term("Days").estimate()).isCloseTo(10.467, within(5e-4));
        assertThat(fit.term("Days").standardError()).isCloseTo(1.546, within(5e-4));
        assertThat(fit.components().interceptVariance()).isCloseTo(612.100, within(0.015));
        assertThat(fit.components().slopeVariance()).isCloseTo(35.072, within(5e-4));
        assertThat(fit.components().covariance()).isCloseTo(9.604, within(5e-4));
        assertThat(fit.components().residualVariance()).isCloseTo(654.940, within(0.0015));
        assertThat(fit.singular()).isFalse();
        assertThat(fit.term("Days").df()).isEqualTo(16);
    }

    /** lme4's sleepstudy with a random intercept only: (Intercept) 251.405 (SE 9.747), Days 10.467 (SE 0.804); variances 1378.2 and 960.5. */
    @Test
    void fitsARandomInterceptModel() {
        MixedModel.Fit fit = MixedModel.fit(sleepstudy(), new String[] {"Days"}, false, 0.95);
        assertThat(fit.term("Days").estimate()).isCloseTo(10.467, within(5e-4));
        assertThat(fit.term("Days").standardError()).isCloseTo(0.804, within(5e-4));
        assertThat(fit.term("(Intercept)").standardError()).isCloseTo(9.747, within(5e-4));
        assertThat(fit.components().interceptVariance()).isCloseTo(1378.2, within(0.05));
        assertThat(fit.components().residualVariance()).isCloseTo(960.5, within(0.05));
        assertThat(fit.components().slopeVariance()).isNull();
    }

    /** Data without any between-group variation in slopes or intercepts: the fit says it is singular. */
    @Test
    void reportsASingularFit() {
        SplittableRandom random = new SplittableRandom(5);
        List<MixedModel.Observation> observations = new ArrayList<>();
        for (int g = 0; g < 30; g++) {
            for (int t = 0; t < 4; t++) {
                observations.add(new MixedModel.Observation("g" + g, new double[] {t}, t, 3 + 0.2 * t + random.nextGaussian() * 0.5));
            }
        }
        MixedModel.Fit fit = MixedModel.fit(observations, new String[] {"months"}, true, 0.95);
        assertThat(fit.singular()).isTrue();
        assertThat(fit.term("months").low()).isLessThan(0.2);
        assertThat(fit.term("months").high()).isGreaterThan(0.2);
    }

    private static List<MixedModel.Observation> sleepstudy() {
        List<MixedModel.Observation> observations = new ArrayList<>();
        for (Map<String, String> row : ReferenceData.read("sleepstudy.csv")) {
            double days = ReferenceData.number(row, "Days");
            observations.add(new MixedModel.Observation(row.get("Subject"), new double[] {days}, days, ReferenceData.number(row, "Reaction")));
        }
        return observations;
    }
}
