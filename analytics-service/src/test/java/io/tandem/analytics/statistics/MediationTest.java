package io.tandem.analytics.statistics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MediationTest {

    /**
     * Tal-Or et al. (2010) as in Hayes (2013) and psych::mediate(reaction ~ cond + (pmi), data = Tal_Or):
     * a .4765 (SE .2357), b .5064 (SE .0970), c' .2544 (SE .2558), c .4957 (SE .2775), ab .2413; the
     * percentile bootstrap interval printed by psych versions is about [.01, .52].
     */
    @Test
    void reproducesTalOrFromPsychMediate() {
        List<Map<String, String>> rows = ReferenceData.read("tal-or.csv");
        int n = rows.size();
        double[][] x = new double[n][];
        double[] m = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {ReferenceData.number(rows.get(i), "cond")};
            m[i] = ReferenceData.number(rows.get(i), "pmi");
            y[i] = ReferenceData.number(rows.get(i), "reaction");
        }
        Mediation.Result result = Mediation.estimate(new Mediation.Data(new String[] {"cond"}, x, m, y, new String[0], null, null),
                5_000, 20_240_101L, 0.95);
        Mediation.Effect cond = result.effects().get(0);
        assertThat(result.n()).isEqualTo(123);
        assertThat(cond.a().estimate()).isCloseTo(0.4765, within(5e-5));
        assertThat(cond.a().standardError()).isCloseTo(0.2357, within(5e-5));
        assertThat(cond.a().df()).isEqualTo(121);
        assertThat(result.b().estimate()).isCloseTo(0.5064, within(5e-5));
        assertThat(result.b().standardError()).isCloseTo(0.0970, within(5e-5));
        assertThat(cond.direct().estimate()).isCloseTo(0.2544, within(5e-5));
        assertThat(cond.direct().standardError()).isCloseTo(0.2558, within(5e-5));
        assertThat(cond.direct().df()).isEqualTo(120);
        assertThat(cond.total().estimate()).isCloseTo(0.4957, within(5e-5));
        assertThat(cond.total().standardError()).isCloseTo(0.2775, within(5e-5));
        assertThat(cond.total().p()).isCloseTo(0.07661, within(5e-5));
        assertThat(cond.indirect()).isCloseTo(0.2413, within(5e-5));
        assertThat(cond.low()).isCloseTo(0.01, within(0.02));
        assertThat(cond.high()).isCloseTo(0.52, within(0.02));
        assertThat(cond.bootstrapSd()).isCloseTo(0.13, within(0.01));
        // c's interval includes 0, so no proportion mediated; 123 units are enough
        assertThat(cond.proportionMediated()).isNull();
        assertThat(result.underpowered()).isFalse();
        // the same seed gives the same interval
        Mediation.Effect again = Mediation.estimate(new Mediation.Data(new String[] {"cond"}, x, m, y, new String[0], null, null),
                5_000, 20_240_101L, 0.95).effects().get(0);
        assertThat(again.low()).isEqualTo(cond.low());
        assertThat(again.high()).isEqualTo(cond.high());
    }

    /**
     * mediation::jobs with covariates, models as in the mediation vignette (v3.0): job_seek ~ treat +
     * depress1 + econ_hard + sex + age + occp + marital + nonwhite + educ + income and depress2 ~ treat +
     * job_seek + the same; factors dummy-coded against their first level. OLS: a·b = −0.01373,
     * c' = −0.03679, total −0.05052 (REFERENCE.md §2).
     */
    @Test
    void reproducesJobsWithCovariates() {
        List<Map<String, String>> rows = ReferenceData.read("jobs.csv");
        String[] numeric = {"depress1", "econ_hard", "sex", "age"};
        String[] factors = {"occp", "marital", "nonwhite", "educ", "income"};
        List<String> covariateNames = new ArrayList<>(List.of(numeric));
        List<List<String>> levels = new ArrayList<>();
        for (String factor : factors) {
            List<String> values = rows.stream().map(r -> r.get(factor)).distinct().sorted().toList();
            levels.add(values);
            values.stream().skip(1).forEach(level -> covariateNames.add(factor + "=" + level));
        }
        int n = rows.size();
        double[][] x = new double[n][];
        double[][] z = new double[n][];
        double[] m = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> row = rows.get(i);
            x[i] = new double[] {ReferenceData.number(row, "treat")};
            double[] covariates = new double[covariateNames.size()];
            int c = 0;
            for (String name : numeric) {
                covariates[c++] = ReferenceData.number(row, name);
            }
            for (int f = 0; f < factors.length; f++) {
                for (String level : levels.get(f).subList(1, levels.get(f).size())) {
                    covariates[c++] = row.get(factors[f]).equals(level) ? 1 : 0;
                }
            }
            z[i] = covariates;
            m[i] = ReferenceData.number(row, "job_seek");
            y[i] = ReferenceData.number(row, "depress2");
        }
        Mediation.Result result = Mediation.estimate(new Mediation.Data(new String[] {"treat"}, x, m, y,
                covariateNames.toArray(String[]::new), z, null), 1_000, 7L, 0.95);
        Mediation.Effect treat = result.effects().get(0);
        assertThat(result.n()).isEqualTo(899);
        assertThat(treat.indirect()).isCloseTo(-0.01373, within(5e-6));
        assertThat(treat.direct().estimate()).isCloseTo(-0.03679, within(5e-6));
        assertThat(treat.total().estimate()).isCloseTo(-0.05052, within(5e-6));
        // with covariates the indirect effect is a·b, and c = c' + a·b still holds for OLS
        assertThat(treat.total().estimate()).isCloseTo(treat.direct().estimate() + treat.indirect(), within(1e-12));
    }

    /**
     * Generated data with a known truth: 300 mentors, two protégés each, X → M with a = 0.5, M → Y with
     * b = 0.4, no direct effect, and a mentor effect on M and another on Y (errors correlated within a mentor). The cluster bootstrap's interval
     * holds the planted indirect effect 0.2 and excludes 0; a second predictor with no effect gets an
     * interval around 0; 40 mentors are flagged as underpowered.
     */
    @Test
    void recoversAPlantedIndirectEffectResamplingMentors() {
        SplittableRandom random = new SplittableRandom(11);
        int mentors = 300;
        int n = mentors * 2;
        double[][] x = new double[n][];
        double[] m = new double[n];
        double[] y = new double[n];
        int[] cluster = new int[n];
        for (int mentor = 0; mentor < mentors; mentor++) {
            double self = random.nextGaussian();
            double other = random.nextGaussian();
            double sharedM = random.nextGaussian() * 0.5;
            double sharedY = random.nextGaussian() * 0.5;
            for (int k = 0; k < 2; k++) {
                int i = mentor * 2 + k;
                x[i] = new double[] {other, self};
                m[i] = 0.5 * other + sharedM + random.nextGaussian();
                y[i] = 0.4 * m[i] + sharedY + random.nextGaussian();
                cluster[i] = mentor;
            }
        }
        Mediation.Result result = Mediation.estimate(new Mediation.Data(new String[] {"other-focused", "self-focused"}, x, m, y,
                new String[0], null, cluster), 2_000, 3L, 0.95);
        Mediation.Effect other = result.effects().get(0);
        Mediation.Effect self = result.effects().get(1);
        assertThat(result.clusters()).isEqualTo(300);
        assertThat(other.low()).isLessThan(0.2).isGreaterThan(0);
        assertThat(other.high()).isGreaterThan(0.2);
        assertThat(self.low()).isLessThan(0);
        assertThat(self.high()).isGreaterThan(0);
        assertThat(result.underpowered()).isFalse();

        int few = 80;
        Mediation.Result small = Mediation.estimate(new Mediation.Data(new String[] {"other-focused", "self-focused"},
                java.util.Arrays.copyOf(x, few), java.util.Arrays.copyOf(m, few), java.util.Arrays.copyOf(y, few), new String[0], null,
                java.util.Arrays.copyOf(cluster, few)), 500, 3L, 0.95);
        assertThat(small.clusters()).isEqualTo(40);
        assertThat(small.underpowered()).isTrue();
    }
}
