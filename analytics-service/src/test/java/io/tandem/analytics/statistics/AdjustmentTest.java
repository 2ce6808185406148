package io.tandem.analytics.statistics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdjustmentTest {

    /** Benjamini &amp; Hochberg (1995), §4.1: the 15 p values of Neuhaus et al.; at .05 BH rejects the four smallest, Holm three. */
    private static final double[] NEUHAUS = {0.0201, 0.0001, 0.0004, 0.0019, 0.0095, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
            0.5719, 0.6528, 0.7590, 1.000};

    @Test
    void benjaminiHochbergRejectsThePublishedFour() {
        double[] adjusted = Adjustment.BENJAMINI_HOCHBERG.adjust(NEUHAUS);
        assertThat(Arrays.stream(adjusted).filter(p -> p <= 0.05).count()).isEqualTo(4);
        // p = .0095 is 4th of 15: min over j >= 4 of 15 p(j) / j = 15 × .0095 / 4
        assertThat(adjusted[4]).isCloseTo(15 * 0.0095 / 4, within(1e-12));
        // the largest stays itself
        assertThat(adjusted[14]).isEqualTo(1.0);
    }

    @Test
    void holmRejectsThree() {
        double[] adjusted = Adjustment.HOLM.adjust(NEUHAUS);
        assertThat(Arrays.stream(adjusted).filter(p -> p <= 0.05).count()).isEqualTo(3);
        // .0019 is 3rd: max(15 × .0001, 14 × .0004, 13 × .0019)
        assertThat(adjusted[3]).isCloseTo(13 * 0.0019, within(1e-12));
        // .0201 is 5th: max of the running values, 11 × .0201 = .2211 beats 12 × .0095 = .114
        assertThat(adjusted[0]).isCloseTo(11 * 0.0201, within(1e-12));
    }

    @Test
    void missingValuesStayMissingAndDoNotCount() {
        double[] adjusted = Adjustment.HOLM.adjust(new double[] {0.01, Double.NaN, 0.04});
        assertThat(adjusted[0]).isCloseTo(0.02, within(1e-12));
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[2]).isCloseTo(0.04, within(1e-12));
    }
}
