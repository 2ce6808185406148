package io.tandem.survey.rules;

import io.tandem.survey.psychometrics.ItemStatistics;
import io.tandem.survey.psychometrics.MissingData;
import io.tandem.survey.psychometrics.Reliability;
import io.tandem.survey.psychometrics.ScalePsychometrics;
import io.tandem.survey.psychometrics.ScaleReliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reliability of every scale of an instrument version from its submitted responses. Items that skip
 * logic disabled in a response are not missing: a response is a case for a scale only when skip
 * logic showed it every item of the scale, so a protégé's rating never counts as an incomplete
 * self-report. Among those, unanswered items are handled by the chosen {@link MissingData} rule;
 * reverse-keyed items are scored min + max - answer on their own range first.
 */
public final class InstrumentPsychometrics {

    private InstrumentPsychometrics() {
    }

    /** When a scale gets figures: at least this many items and cases. */
    public record Minimums(int items, int responses) {
        public static final Minimums DEFAULT = new Minimums(Reliability.MIN_ITEMS, Reliability.MIN_CASES);
    }

    public static String rule(MissingData mode) {
        String base = "responses whose skip logic showed every item of the scale; ";
        return base + switch (mode) {
            case COMPLETE_CASES -> "complete cases per scale (listwise deletion): a response counts only when it answered every item";
            case PAIRWISE -> "pairwise: each covariance and correlation from the responses that answered both items (psych::alpha's default)";
            case MEDIAN_IMPUTATION -> "median imputation: an unanswered item takes the item's median (psych::scoreItems' default)";
        } + "; reverse-keyed items are reversed on their own range first";
    }

    /** @param responses the answers of each submitted response, as stored (numbers for numeric items) */
    public static List<ScalePsychometrics> analyse(FormSpec form, List<Map<String, Object>> responses, MissingData mode,
                                                   double confidenceLevel, Minimums minimums) {
        Map<String, ItemSpec> items = new HashMap<>();
        form.items().forEach(item -> items.put(item.linkId(), item));
        List<ScalePsychometrics> result = new ArrayList<>();
        for (ScaleSpec scale : form.scales()) {
            result.add(scale(scale, items, responses, mode, confidenceLevel, minimums));
        }
        return result;
    }

    private static ScalePsychometrics scale(ScaleSpec scale, Map<String, ItemSpec> items, List<Map<String, Object>> responses,
                                            MissingData mode, double confidenceLevel, Minimums minimums) {
        List<String> linkIds = scale.items();
        double[][] data = eligibleRows(linkIds, Set.copyOf(scale.reversed()), items, responses);
        String form = form(linkIds, items);
        int cases = data.length == 0 ? 0 : Reliability.cases(data, mode);
        int k = linkIds.size();
        if (k < minimums.items()) {
            return without(scale, form, data.length, cases, ScalePsychometrics.Status.TOO_FEW_ITEMS,
                    "the scale has " + k + " item(s); reliability needs at least " + minimums.items());
        }
        if (cases < minimums.responses()) {
            String unit = mode == MissingData.COMPLETE_CASES ? " complete response(s)" : " response(s) with answers";
            return without(scale, form, data.length, cases, ScalePsychometrics.Status.TOO_FEW_RESPONSES,
                    cases + unit + "; reliability needs at least " + minimums.responses());
        }
        ScaleReliability reliability = Reliability.analyse(data, mode, confidenceLevel);
        if (!Double.isFinite(reliability.alpha())) {
            return without(scale, form, data.length, cases, ScalePsychometrics.Status.NO_VARIANCE,
                    "the scale total does not vary across responses, so alpha is undefined");
        }
        return new ScalePsychometrics(scale.key(), linkIds, scale.reversed(), form, data.length, cases, ScalePsychometrics.Status.COMPUTED,
                reliability, null, warnings(linkIds, reliability));
    }

    private static List<String> warnings(List<String> linkIds, ScaleReliability r) {
        List<String> warnings = new ArrayList<>();
        if (r.alpha() < 0) {
            warnings.add(String.format(Locale.ROOT, "alpha is negative (%.3f): the items are not keyed consistently or do not measure "
                    + "one thing", r.alpha()));
        }
        for (int i = 0; i < linkIds.size(); i++) {
            ItemStatistics item = r.itemStatistics().get(i);
            if (item.constant()) {
                warnings.add(linkIds.get(i) + " has the same answer in every response: it is kept in raw alpha, left out of the "
                        + "correlations, and standardized alpha is undefined");
            } else if (item.correctedItemTotal() < 0) {
                warnings.add(String.format(Locale.ROOT, "%s correlates negatively with the rest of the scale (r.drop %.3f): check "
                        + "whether it should be reverse-keyed", linkIds.get(i), item.correctedItemTotal()));
            }
        }
        return List.copyOf(warnings);
    }

    private static ScalePsychometrics without(ScaleSpec scale, String form, int eligible, int cases, ScalePsychometrics.Status status,
                                              String note) {
        return new ScalePsychometrics(scale.key(), scale.items(), scale.reversed(), form, eligible, cases, status, null, note, List.of());
    }

    /** The skip-logic condition every item of the scale shares, in words; null when none; "mixed" when they differ. */
    static String form(List<String> linkIds, Map<String, ItemSpec> items) {
        ConditionSpec first = items.get(linkIds.get(0)).enableWhen();
        for (String linkId : linkIds) {
            ConditionSpec condition = items.get(linkId).enableWhen();
            if (condition == null ? first != null : !condition.equals(first)) {
                return "mixed";
            }
        }
        return first == null ? null
                : first.linkId() + " " + first.operator().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + first.value();
    }

    /** One row per response whose skip logic showed every item of the scale; NaN for an unanswered item. */
    static double[][] eligibleRows(List<String> linkIds, Set<String> reversed, Map<String, ItemSpec> items,
                                   List<Map<String, Object>> responses) {
        List<double[]> rows = new ArrayList<>();
        for (Map<String, Object> answers : responses) {
            boolean shown = linkIds.stream().allMatch(linkId -> ConditionCheck.enabled(items.get(linkId).enableWhen(), answers));
            if (!shown) {
                continue;
            }
            double[] row = new double[linkIds.size()];
            for (int i = 0; i < row.length; i++) {
                ItemSpec item = items.get(linkIds.get(i));
                Object answer = answers.get(item.linkId());
                if (answer instanceof Number number) {
                    double value = number.doubleValue();
                    row[i] = reversed.contains(item.linkId()) ? item.lowest() + item.highest() - value : value;
                } else {
                    row[i] = Double.NaN;
                }
            }
            rows.add(row);
        }
        return rows.toArray(new double[0][]);
    }
}
