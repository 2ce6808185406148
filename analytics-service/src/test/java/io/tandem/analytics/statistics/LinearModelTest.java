package io.tandem.analytics.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearModelTest {

    /** R: summary(lm(reaction ~ cond + pmi, Tal_Or)): R² .2059, F(2, 120) 15.56; cond .2544 (SE .2558, t .9943); intercept from a's fit 5.3769. */
    @Test
    void equalsRsLmOnTalOr() {
        List<Map<String, String>> rows = ReferenceData.read("tal-or.csv");
        Moments moments = new Moments(3);
        for (Map<String, String> row : rows) {
            moments.add(new double[] {ReferenceData.number(row, "cond"), ReferenceData.number(row, "pmi"), ReferenceData.number(row, "reaction")});
        }
        String[] names = {"cond", "pmi", "reaction"};
        LinearModel.Fit y = LinearModel.fit(moments, names, new int[] {0, 1}, 2, 0.95);
        assertThat(y.rSquared()).isCloseTo(0.2059, within(5e-5));
        assertThat(y.coefficient("cond").t()).isCloseTo(0.9943, within(5e-5));
        assertThat(y.coefficient("pmi").partialR()).isCloseTo(0.5064 / 0.0970 / Math.sqrt(Math.pow(0.5064 / 0.0970, 2) + 120), within(1e-3));
        LinearModel.Fit a = LinearModel.fit(moments, names, new int[] {0}, 1, 0.95);
        assertThat(a.coefficient("(Intercept)").estimate()).isCloseTo(5.3769, within(5e-5));
        assertThat(a.coefficient("cond").t()).isCloseTo(2.0218, within(5e-5));
        // 95% interval: estimate ± t(.975, 121) × SE
        assertThat(a.coefficient("cond").low()).isCloseTo(0.4765 - 1.979764 * 0.2357, within(2e-4));
    }
}
