package io.tandem.survey.rules;

import io.tandem.survey.psychometrics.Reliability;
import io.tandem.survey.psychometrics.ScalePsychometrics;
import io.tandem.survey.psychometrics.ScaleReliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reliability of every scale of an instrument version from its submitted responses. Missing data:
 * complete cases per scale (listwise deletion), so each scale uses the responses that answered all
 * of its items; reverse-keyed items are scored min + max - answer on their own range first.
 */
public final class InstrumentPsychometrics {

    public static final String MISSING_DATA_RULE = "complete cases per scale (listwise deletion): a response counts for a scale "
            + "only when it answered every item of that scale; reverse-keyed items are reversed on their own range first";

    private InstrumentPsychometrics() {
    }

    /** When a scale gets figures: at least this many items and complete responses. */
    public record Minimums(int items, int responses) {
        public static final Minimums DEFAULT = new Minimums(Reliability.MIN_ITEMS, Reliability.MIN_CASES);
    }

    /** @param responses numeric answers of each submitted response, by item linkId */
    public static List<ScalePsychometrics> analyse(FormSpec form, List<Map<String, Double>> responses,
                                                   double confidenceLevel) {
        return analyse(form, responses, confidenceLevel, Minimums.DEFAULT);
    }

    public static List<ScalePsychometrics> analyse(FormSpec form, List<Map<String, Double>> responses,
                                                   double confidenceLevel, Minimums minimums) {
        Map<String, ItemSpec> items = new HashMap<>();
        form.items().forEach(item -> items.put(item.linkId(), item));
        List<ScalePsychometrics> result = new ArrayList<>();
        for (ScaleSpec scale : form.scales()) {
            result.add(scale(scale, items, responses, confidenceLevel, minimums));
        }
        return result;
    }

    private static ScalePsychometrics scale(ScaleSpec scale, Map<String, ItemSpec> items, List<Map<String, Double>> responses,
                                            double confidenceLevel, Minimums minimums) {
        List<String> linkIds = scale.items();
        Set<String> reversed = Set.copyOf(scale.reversed());
        double[][] rows = completeCases(linkIds, reversed, items, responses);
        int k = linkIds.size();
        if (k < minimums.items()) {
            return without(scale, rows.length, ScalePsychometrics.Status.TOO_FEW_ITEMS,
                    "the scale has " + k + " item(s); reliability needs at least " + minimums.items());
        }
        if (rows.length < minimums.responses()) {
            return without(scale, rows.length, ScalePsychometrics.Status.TOO_FEW_RESPONSES,
                    rows.length + " complete response(s); reliability needs at least " + minimums.responses());
        }
        ScaleReliability reliability = Reliability.analyse(rows, confidenceLevel);
        if (!Double.isFinite(reliability.alpha()) || !Double.isFinite(reliability.standardizedAlpha())) {
            return without(scale, rows.length, ScalePsychometrics.Status.NO_VARIANCE,
                    "an item or the scale total does not vary across responses, so alpha is undefined");
        }
        return new ScalePsychometrics(scale.key(), linkIds, scale.reversed(), rows.length,
                ScalePsychometrics.Status.COMPUTED, reliability, null);
    }

    private static ScalePsychometrics without(ScaleSpec scale, int cases, ScalePsychometrics.Status status, String note) {
        return new ScalePsychometrics(scale.key(), scale.items(), scale.reversed(), cases, status, null, note);
    }

    static double[][] completeCases(List<String> linkIds, Set<String> reversed, Map<String, ItemSpec> items,
                                    List<Map<String, Double>> responses) {
        List<double[]> rows = new ArrayList<>();
        for (Map<String, Double> answers : responses) {
            double[] row = new double[linkIds.size()];
            boolean complete = true;
            for (int i = 0; i < row.length && complete; i++) {
                Double value = answers.get(linkIds.get(i));
                if (value == null) {
                    complete = false;
                } else {
                    ItemSpec item = items.get(linkIds.get(i));
                    row[i] = reversed.contains(item.linkId()) ? item.lowest() + item.highest() - value : value;
                }
            }
            if (complete) {
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }
}
