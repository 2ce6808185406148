package io.tandem.analytics.export;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCellsTest {

    private static final Map<String, Integer> INDEX = Map.of("mentee.self.quality.trust", 0, "mentee.self.quality.overall", 1,
            "mentor.other.support.care", 2);

    @Test
    void eachAnswersScoresLandInTheirColumnsAndTheNewestValueOfAWaveStays() {
        String[] row = new String[3];
        // oldest first: the second quality answer overrides trust and leaves overall (missing there) as the first answer had it;
        // a scale the export has no column for is skipped
        new ScoreCells(INDEX).fill(row, "mentee.self.quality|trust,overall|4,5.5;mentor.other.support|unknown,care|1,3.25;"
                + "mentee.self.quality|trust,overall|4.5,");
        assertThat(row).containsExactly("4.5", "5.5", "3.25");
    }

    @Test
    void headersWithTheSameHashKeepTheirOwnColumns() {
        assertThat("mentee.self.Aa|x".hashCode()).isEqualTo("mentee.self.BB|x".hashCode());
        ScoreCells cells = new ScoreCells(Map.of("mentee.self.Aa.x", 0, "mentee.self.BB.x", 1));
        String[] row = new String[2];
        cells.fill(row, "mentee.self.Aa|x|1;mentee.self.BB|x|2");
        assertThat(row).containsExactly("1.0", "2.0");
        String[] again = new String[2];
        cells.fill(again, "mentee.self.BB|x|3;mentee.self.Aa|x|4");
        assertThat(again).containsExactly("4.0", "3.0");
    }

    @Test
    void keysInAnotherOrderFindTheirOwnColumns() {
        ScoreCells cells = new ScoreCells(INDEX);
        String[] first = new String[3];
        cells.fill(first, "mentee.self.quality|trust,overall|1,2");
        String[] second = new String[3];
        cells.fill(second, "mentee.self.quality|overall,trust|1,2");
        assertThat(first).containsExactly("1.0", "2.0", null);
        assertThat(second).containsExactly("2.0", "1.0", null);
    }

    @Test
    void anAnswerWithoutScoresFillsNothing() {
        String[] row = new String[3];
        new ScoreCells(INDEX).fill(row, "mentee.self.quality||");
        assertThat(row).containsOnlyNulls();
    }

    @Test
    void numbersReadAsJavaWritesADouble() {
        assertThat(ScoreCells.number("x=5;", 2, 3)).isEqualTo("5.0");
        assertThat(ScoreCells.number("4.25", 0, 4)).isEqualTo("4.25");
        assertThat(ScoreCells.number("-2", 0, 2)).isEqualTo("-2.0");
        assertThat(ScoreCells.number("1e-05", 0, 5)).isEqualTo("1.0E-5");
    }
}
