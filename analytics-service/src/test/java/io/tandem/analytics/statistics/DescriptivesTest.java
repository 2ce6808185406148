package io.tandem.analytics.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reference values from R 4.x: median(), quantile(type = 7), sd(); Blau's index by hand. */
class DescriptivesTest {

    private static final double[] X = {7, 1, 3, 10, 4, 4};

    @Test
    void quantilesAreRsTypeSeven() {
        assertThat(Descriptives.median(X)).isEqualTo(4.0);                         // median(c(7,1,3,10,4,4))
        assertThat(Descriptives.quantile(X, 0.25)).isCloseTo(3.25, within(1e-12)); // quantile(x, .25)
        assertThat(Descriptives.quantile(X, 0.75)).isCloseTo(6.25, within(1e-12)); // quantile(x, .75)
        assertThat(Descriptives.median(new double[] {2, 9})).isEqualTo(5.5);
    }

    @Test
    void standardDeviationDividesByNMinusOne() {
        assertThat(Descriptives.mean(X)).isCloseTo(29.0 / 6, within(1e-12));
        assertThat(Descriptives.sd(X)).isCloseTo(3.188521, within(1e-6));           // sd(c(7,1,3,10,4,4))
    }

    @Test
    void blauIsOneMinusTheSumOfSquaredShares() {
        assertThat(Descriptives.blau(List.of("a", "a", "a", "a"))).isZero();
        assertThat(Descriptives.blau(List.of("a", "a", "b", "b"))).isCloseTo(0.5, within(1e-12));
        // shares 3/6, 2/6, 1/6: 1 - (9 + 4 + 1) / 36 = 22/36
        assertThat(Descriptives.blau(List.of("a", "a", "a", "b", "b", "c"))).isCloseTo(22.0 / 36, within(1e-12));
    }
}
