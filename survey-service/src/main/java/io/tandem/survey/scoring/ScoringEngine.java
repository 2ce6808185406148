package io.tandem.survey.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes scale scores and derived indices of one submitted response. Plain Java so that it can be
 * tested and benchmarked without the service.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * @param answers numeric answers by item linkId (unanswered or disabled items absent)
     * @param ranges  range of every item that a scale names
     * @return scale scores then index scores, keyed by their keys, in definition order
     */
    public static Map<String, Score> score(Map<String, Double> answers, Map<String, ItemRange> ranges,
                                           List<ScaleDefinition> scales, List<IndexDefinition> indices) {
        return score(answers, ranges, scales, Map.of(), indices);
    }

    /**
     * As above, with scale scores decided beforehand (e.g. a scale that skip logic switched off),
     * which indices may use like any other.
     */
    public static Map<String, Score> score(Map<String, Double> answers, Map<String, ItemRange> ranges,
                                           List<ScaleDefinition> scales, Map<String, Score> decided,
                                           List<IndexDefinition> indices) {
        Map<String, Score> scores = new LinkedHashMap<>(decided);
        for (ScaleDefinition scale : scales) {
            scores.put(scale.key(), scoreScale(scale, answers, ranges));
        }
        Map<String, IndexDefinition> byKey = new LinkedHashMap<>();
        for (IndexDefinition index : indices) {
            if (scores.containsKey(index.key()) || byKey.put(index.key(), index) != null) {
                throw new IllegalArgumentException("duplicate key " + index.key());
            }
        }
        for (IndexDefinition index : indices) {
            scoreIndex(index, byKey, scores, new HashSet<>());
        }
        return scores;
    }

    static Score scoreScale(ScaleDefinition scale, Map<String, Double> answers, Map<String, ItemRange> ranges) {
        double sum = 0;
        int answered = 0;
        for (String item : scale.items()) {
            Double answer = answers.get(item);
            if (answer == null) {
                continue;
            }
            ItemRange range = ranges.get(item);
            if (range == null) {
                throw new IllegalArgumentException("no range for item " + item + " of scale " + scale.key());
            }
            sum += scale.reversed().contains(item) ? range.reverse(answer) : answer;
            answered++;
        }
        int expected = scale.items().size();
        if (answered == 0 || answered < Math.ceil(scale.minAnsweredShare() * expected - 1e-9)) {
            return Score.missing(scale.key(), answered, expected, "only " + answered + " of " + expected
                    + " items answered; at least " + Math.round(scale.minAnsweredShare() * 100) + "% are needed");
        }
        double mean = sum / answered;
        double value = scale.rule() == ScoringRule.MEAN ? mean : mean * expected;
        return Score.valid(scale.key(), value, null, answered, expected);
    }

    private static Score scoreIndex(IndexDefinition index, Map<String, IndexDefinition> indices,
                                    Map<String, Score> scores, Set<String> visiting) {
        Score done = scores.get(index.key());
        if (done != null) {
            return done;
        }
        if (!visiting.add(index.key())) {
            throw new IllegalArgumentException("indices form a cycle through " + index.key());
        }
        List<Double> values = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String operand : index.operands()) {
            Score score = scores.get(operand);
            if (score == null && indices.containsKey(operand)) {
                score = scoreIndex(indices.get(operand), indices, scores, visiting);
            }
            if (score == null) {
                throw new IllegalArgumentException("index " + index.key() + " names unknown " + operand);
            }
            if (score.isValid()) {
                values.add(score.value());
            } else {
                missing.add(operand);
            }
        }
        visiting.remove(index.key());
        int expected = index.operands().size();
        Score result;
        if (!missing.isEmpty()) {
            result = Score.missing(index.key(), values.size(), expected, "no valid score for " + String.join(", ", missing));
        } else {
            double value = index.kind() == IndexDefinition.Kind.DIFFERENCE
                    ? values.get(0) - values.get(1)
                    : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            result = index.uncertainty() == null ? Score.valid(index.key(), value, label(index, value), expected, expected)
                    : withInterval(index, value, expected);
        }
        scores.put(index.key(), result);
        return result;
    }

    private static Score withInterval(IndexDefinition index, double value, int expected) {
        double half = index.uncertainty().halfWidth();
        double low = value - half;
        double high = value + half;
        String label = index.uncertainty().uncertainLabel();
        for (IndexDefinition.Band band : index.bands()) {
            if (band.containsAll(low, high)) {
                label = band.label();
                break;
            }
        }
        return new Score(index.key(), value, label, expected, expected, null, low, high);
    }

    private static String label(IndexDefinition index, double value) {
        for (IndexDefinition.Band band : index.bands()) {
            if (band.contains(value)) {
                return band.label();
            }
        }
        return null;
    }
}
