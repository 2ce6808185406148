package io.tandem.survey.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoringEngineTest {

    private static final ItemRange LIKERT7 = new ItemRange(1, 7);
    private static final Map<String, ItemRange> RANGES = Map.of(
            "s1", LIKERT7, "s2", LIKERT7, "s3", LIKERT7, "s4", LIKERT7,
            "o1", LIKERT7, "o2", LIKERT7, "o3", LIKERT7, "o4", LIKERT7);

    private static final ScaleDefinition SELF = new ScaleDefinition("self-focused", List.of("s1", "s2", "s3", "s4"),
            Set.of("s4"), ScoringRule.MEAN, 0.75);
    private static final ScaleDefinition OTHER = new ScaleDefinition("other-focused", List.of("o1", "o2", "o3", "o4"),
            Set.of(), ScoringRule.MEAN, 0.75);
    private static final IndexDefinition ORIENTATION = new IndexDefinition("motive-orientation",
            IndexDefinition.Kind.DIFFERENCE, List.of("other-focused", "self-focused"), List.of(
            new IndexDefinition.Band("self-focused", null, -0.5),
            new IndexDefinition.Band("balanced", -0.5, 0.5),
            new IndexDefinition.Band("other-focused", 0.5, null)));

    @Test
    void scoresMeanWithReverseKeyOnTheItemsOwnRange() {
        // s4 = 2 reversed on 1..7 is 6: mean of 3, 4, 5, 6 = 4.5
        Score self = ScoringEngine.scoreScale(SELF, Map.of("s1", 3.0, "s2", 4.0, "s3", 5.0, "s4", 2.0), RANGES);
        assertThat(self.value()).isCloseTo(4.5, within(1e-12));
        assertThat(self.answered()).isEqualTo(4);
    }

    @Test
    void proratesSumsOverSkippedItems() {
        ScaleDefinition sum = new ScaleDefinition("sum", List.of("o1", "o2", "o3", "o4"), Set.of(), ScoringRule.SUM, 0.75);
        Score score = ScoringEngine.scoreScale(sum, Map.of("o1", 2.0, "o2", 4.0, "o3", 6.0), RANGES);
        assertThat(score.value()).isCloseTo(16.0, within(1e-12));
        assertThat(score.answered()).isEqualTo(3);
    }

    @Test
    void givesNoScoreWithAReasonWhenTooFewItemsAreAnswered() {
        Score score = ScoringEngine.scoreScale(OTHER, Map.of("o1", 5.0, "o2", 5.0), RANGES);
        assertThat(score.isValid()).isFalse();
        assertThat(score.missingReason()).contains("2 of 4").contains("75%");
    }

    @Test
    void acceptsExactlyTheMinimumShare() {
        Score score = ScoringEngine.scoreScale(OTHER, Map.of("o1", 5.0, "o2", 6.0, "o3", 7.0), RANGES);
        assertThat(score.value()).isCloseTo(6.0, within(1e-12));
    }

    @Test
    void derivesMotiveOrientationAndLabelsItByBand() {
        Map<String, Double> answers = Map.of("s1", 2.0, "s2", 2.0, "s3", 3.0, "s4", 5.0,
                "o1", 6.0, "o2", 7.0, "o3", 6.0, "o4", 5.0);
        Map<String, Score> scores = ScoringEngine.score(answers, RANGES, List.of(SELF, OTHER), List.of(ORIENTATION));
        // self = mean(2, 2, 3, 3) = 2.5; other = 6.0; orientation = 3.5
        assertThat(scores.get("motive-orientation").value()).isCloseTo(3.5, within(1e-12));
        assertThat(scores.get("motive-orientation").label()).isEqualTo("other-focused");
        assertThat(scores.keySet()).containsExactly("self-focused", "other-focused", "motive-orientation");
    }

    @Test
    void bandsIncludeTheirLowerBoundAndExcludeTheUpper() {
        Map<String, Double> balanced = Map.of("s1", 4.0, "s2", 4.0, "s3", 4.0, "s4", 4.0,
                "o1", 4.5, "o2", 4.5, "o3", 4.5, "o4", 4.5);
        Score exactlyHalf = ScoringEngine.score(balanced, RANGES, List.of(SELF, OTHER), List.of(ORIENTATION))
                .get("motive-orientation");
        assertThat(exactlyHalf.value()).isCloseTo(0.5, within(1e-12));
        assertThat(exactlyHalf.label()).isEqualTo("other-focused");
    }

    @Test
    void indexWithoutAValidOperandHasNoScoreAndSaysWhich() {
        Map<String, Double> answers = Map.of("s1", 2.0, "s2", 2.0, "s3", 3.0, "s4", 5.0, "o1", 6.0);
        Score orientation = ScoringEngine.score(answers, RANGES, List.of(SELF, OTHER), List.of(ORIENTATION))
                .get("motive-orientation");
        assertThat(orientation.isValid()).isFalse();
        assertThat(orientation.missingReason()).contains("other-focused");
    }

    @Test
    void indicesMayBuildOnIndicesInAnyOrder() {
        IndexDefinition overall = new IndexDefinition("overall", IndexDefinition.Kind.MEAN,
                List.of("motive-orientation", "other-focused"), List.of());
        Map<String, Double> answers = Map.of("s1", 2.0, "s2", 2.0, "s3", 3.0, "s4", 5.0,
                "o1", 6.0, "o2", 7.0, "o3", 6.0, "o4", 5.0);
        Map<String, Score> scores = ScoringEngine.score(answers, RANGES, List.of(SELF, OTHER), List.of(overall, ORIENTATION));
        assertThat(scores.get("overall").value()).isCloseTo((3.5 + 6.0) / 2, within(1e-12));
    }

    @Test
    void refusesCyclesAndUnknownOperands() {
        IndexDefinition a = new IndexDefinition("a", IndexDefinition.Kind.MEAN, List.of("b"), List.of());
        IndexDefinition b = new IndexDefinition("b", IndexDefinition.Kind.MEAN, List.of("a"), List.of());
        assertThatThrownBy(() -> ScoringEngine.score(Map.of(), RANGES, List.of(), List.of(a, b)))
                .hasMessageContaining("cycle");
        IndexDefinition unknown = new IndexDefinition("c", IndexDefinition.Kind.MEAN, List.of("nope"), List.of());
        assertThatThrownBy(() -> ScoringEngine.score(Map.of(), RANGES, List.of(), List.of(unknown)))
                .hasMessageContaining("unknown");
    }

    @Test
    void refusesScaleThatReversesAForeignItem() {
        assertThatThrownBy(() -> new ScaleDefinition("x", List.of("o1"), Set.of("s1"), ScoringRule.MEAN, 0.75))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAnOrientationOnlyWhenTheWholeIntervalOfTheDifferenceClearsTheBand() {
        IndexDefinition.Uncertainty uncertainty = new IndexDefinition.Uncertainty(0.95, 0.8, 1.0, "balanced-or-uncertain");
        IndexDefinition orientation = new IndexDefinition("motive-orientation", IndexDefinition.Kind.DIFFERENCE,
                List.of("other-focused", "self-focused"), List.of(new IndexDefinition.Band("self-focused", null, -0.5),
                new IndexDefinition.Band("other-focused", 0.5, null)), uncertainty);
        // SE of the difference = 1.0 * sqrt(2 * (1 - 0.8)) = 0.6325; half width = 1.959964 * 0.6325 = 1.2396
        assertThat(uncertainty.halfWidth()).isCloseTo(1.959964 * Math.sqrt(0.4), within(1e-6));
        Score clear = orientationOf(orientation, 6.0, 4.0);
        assertThat(clear.label()).isEqualTo("other-focused");
        assertThat(clear.low()).isCloseTo(0.7604, within(1e-4));
        assertThat(clear.high()).isCloseTo(3.2396, within(1e-4));
        assertThat(orientationOf(orientation, 4.0, 6.0).label()).as("symmetric").isEqualTo("self-focused");
        assertThat(orientationOf(orientation, 5.0, 4.0).label()).as("a difference of 1 is within the error").isEqualTo("balanced-or-uncertain");
        assertThat(orientationOf(orientation, 4.0, 5.0).label()).isEqualTo("balanced-or-uncertain");
        assertThat(orientationOf(orientation, 4.0, 4.0).label()).isEqualTo("balanced-or-uncertain");
        assertThat(orientationOf(ORIENTATION, 5.0, 4.0).label()).as("without an uncertainty, the band of the value").isEqualTo("other-focused");
        assertThatThrownBy(() -> new IndexDefinition("m", IndexDefinition.Kind.MEAN, List.of("a"), List.of(), uncertainty))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Score orientationOf(IndexDefinition orientation, double other, double self) {
        Map<String, Double> answers = Map.of("o1", other, "o2", other, "o3", other, "o4", other,
                "s1", self, "s2", self, "s3", self, "s4", 8 - self);
        return ScoringEngine.score(answers, RANGES, List.of(SELF, OTHER), List.of(orientation)).get("motive-orientation");
    }
}
