package io.tandem.survey.psychometrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A worked example (12 people, 4 items, 1–5) whose expected figures were computed independently
 * from the textbook formulas, the same ones psych::alpha implements (raw_alpha, std.alpha,
 * average_r, r.drop, alpha.drop). The engine also reproduces psych on R's bfi data: see
 * docs/psychometrics.md and BfiReferenceCheck.
 */
class ReliabilityTest {

    private static final double[][] EXAMPLE = {
            {4, 5, 4, 3}, {2, 3, 2, 2}, {5, 5, 4, 5}, {3, 3, 3, 2}, {4, 4, 5, 4}, {1, 2, 2, 1},
            {3, 4, 3, 3}, {5, 4, 5, 4}, {2, 2, 3, 2}, {4, 5, 4, 5}, {3, 3, 2, 3}, {4, 3, 4, 4}};

    @Test
    void computesAlphaAndStandardizedAlphaOfTheWorkedExample() {
        ScaleReliability r = Reliability.analyse(EXAMPLE, 0.95);
        assertThat(r.n()).isEqualTo(12);
        assertThat(r.items()).isEqualTo(4);
        assertThat(r.alpha()).isCloseTo(0.9342177999, within(1e-9));
        assertThat(r.standardizedAlpha()).isCloseTo(0.9339932011, within(1e-9));
        assertThat(r.averageInterItemCorrelation()).isCloseTo(0.7796137726, within(1e-9));
    }

    @Test
    void computesItemStatisticsOfTheWorkedExample() {
        ScaleReliability r = Reliability.analyse(EXAMPLE, 0.95);
        double[][] expected = {
                {3.3333333333, 1.2309149098, 0.9372757355, 0.8824921136, 0.8832861602},
                {3.5833333333, 1.0836246695, 0.7862715188, 0.9326217478, 0.9337317581},
                {3.4166666667, 1.0836246695, 0.7862715188, 0.9326217478, 0.9335457596},
                {3.1666666667, 1.2673044646, 0.8830492304, 0.9023437500, 0.9018401843}};
        for (int i = 0; i < 4; i++) {
            ItemStatistics item = r.itemStatistics().get(i);
            assertThat(item.mean()).isCloseTo(expected[i][0], within(1e-9));
            assertThat(item.sd()).isCloseTo(expected[i][1], within(1e-9));
            assertThat(item.correctedItemTotal()).isCloseTo(expected[i][2], within(1e-9));
            assertThat(item.alphaIfDeleted()).isCloseTo(expected[i][3], within(1e-9));
            assertThat(item.standardizedAlphaIfDeleted()).isCloseTo(expected[i][4], within(1e-9));
        }
    }

    @Test
    void feldtIntervalUsesTabulatedFQuantiles() {
        // n = 11, k = 3: df1 = 10, df2 = 20. Tables: F(0.975; 10, 20) = 2.7737, F(0.975; 20, 10) = 3.4185,
        // so F(0.025; 10, 20) = 1 / 3.4185. With alpha = 0.8 the interval is [1 - 0.2 * 2.7737, 1 - 0.2 / 3.4185].
        double[] interval = Reliability.feldt(0.8, 11, 3, 0.95);
        assertThat(interval[0]).isCloseTo(1 - 0.2 * 2.7737, within(1e-4));
        assertThat(interval[1]).isCloseTo(1 - 0.2 / 3.4185, within(1e-4));
    }

    @Test
    void intervalContainsAlphaAndNarrowsWithMoreCases() {
        ScaleReliability small = Reliability.analyse(EXAMPLE, 0.95);
        double[][] doubled = new double[24][];
        for (int i = 0; i < 24; i++) {
            doubled[i] = EXAMPLE[i % 12];
        }
        ScaleReliability large = Reliability.analyse(doubled, 0.95);
        assertThat(small.alphaLower()).isLessThan(small.alpha());
        assertThat(small.alphaUpper()).isGreaterThan(small.alpha());
        assertThat(large.alphaUpper() - large.alphaLower()).isLessThan(small.alphaUpper() - small.alphaLower());
    }

    @Test
    void reverseKeyedItemThatWasNotReversedDragsAlphaDown() {
        double[][] unreversed = new double[EXAMPLE.length][];
        for (int i = 0; i < EXAMPLE.length; i++) {
            unreversed[i] = EXAMPLE[i].clone();
            unreversed[i][3] = 6 - unreversed[i][3];
        }
        ScaleReliability r = Reliability.analyse(unreversed, 0.95);
        assertThat(r.alpha()).isLessThan(0.5);
        assertThat(r.itemStatistics().get(3).correctedItemTotal()).isNegative();
    }

    @Test
    void refusesTooLittleData() {
        assertThatThrownBy(() -> Reliability.analyse(new double[][] {{1, 2, 3}}, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reliability.analyse(new double[][] {{1}, {2}}, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Fifteen cases of three items, the third missing in three (NaN). Expected from R's rules computed in
     * numpy (cov/cor use = "pairwise"; item median; psych::alpha's ase): pairwise alpha 0.926506,
     * std.alpha 0.951695, ase 0.032316; median imputation alpha 0.902123, std.alpha 0.904052, ase
     * 0.043487; complete cases n 12, alpha 0.946611, ase 0.024586.
     */
    @Test
    void handlesMissingAnswersByEachRule() {
        double[][] data = {{4, 5, 4}, {3, 4, 4}, {5, 5, 5}, {2, 3, 2}, {4, 4, 3}, {1, 2, 1}, {3, 3, 3}, {5, 4, 4}, {2, 2, 2}, {4, 5, 5},
                {3, 4, 3}, {2, 3, 1}, {2, 3, Double.NaN}, {5, 4, Double.NaN}, {1, 1, Double.NaN}};
        ScaleReliability complete = Reliability.analyse(data, MissingData.COMPLETE_CASES, 0.95);
        assertThat(complete.n()).isEqualTo(12);
        assertThat(complete.alpha()).isCloseTo(0.946611, within(1e-6));
        assertThat(complete.ase()).isCloseTo(0.024586, within(1e-6));
        ScaleReliability pairwise = Reliability.analyse(data, MissingData.PAIRWISE, 0.95);
        assertThat(pairwise.n()).isEqualTo(15);
        assertThat(pairwise.alpha()).isCloseTo(0.926506, within(1e-6));
        assertThat(pairwise.standardizedAlpha()).isCloseTo(0.951695, within(1e-6));
        assertThat(pairwise.ase()).isCloseTo(0.032316, within(1e-6));
        ScaleReliability median = Reliability.analyse(data, MissingData.MEDIAN_IMPUTATION, 0.95);
        assertThat(median.alpha()).isCloseTo(0.902123, within(1e-6));
        assertThat(median.standardizedAlpha()).isCloseTo(0.904052, within(1e-6));
        assertThat(median.ase()).isCloseTo(0.043487, within(1e-6));
    }

    @Test
    void aConstantItemKeepsRawAlphaAndLeavesStandardizedAlphaUndefined() {
        double[][] data = {{1, 4, 2}, {2, 4, 3}, {3, 4, 3}, {4, 4, 5}, {5, 4, 4}};
        ScaleReliability r = Reliability.analyse(data, MissingData.COMPLETE_CASES, 0.95);
        assertThat(r.itemStatistics().get(1).constant()).isTrue();
        assertThat(r.itemStatistics().get(1).correctedItemTotal()).isNaN();
        assertThat(r.alpha()).isFinite();
        assertThat(r.standardizedAlpha()).isNaN();
        assertThat(r.averageInterItemCorrelation()).as("between the varying items only").isFinite();
    }
}
