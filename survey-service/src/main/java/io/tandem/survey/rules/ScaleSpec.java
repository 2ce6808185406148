package io.tandem.survey.rules;

import io.tandem.survey.scoring.ScoringRule;

import java.util.List;
import java.util.Set;

/**
 * A named group of items scored together, as written (duplicates and unknown items are the
 * validator's to find).
 *
 * @param nameLocales      locales of the scale's name, null when it has none
 * @param minAnsweredShare null for the default
 */
public record ScaleSpec(String key, Set<String> nameLocales, List<String> items, List<String> reversed, ScoringRule rule,
                        Double minAnsweredShare) {

    public static final double DEFAULT_MIN_ANSWERED_SHARE = 0.75;

    public ScaleSpec {
        items = List.copyOf(items);
        reversed = reversed == null ? List.of() : List.copyOf(reversed);
        rule = rule == null ? ScoringRule.MEAN : rule;
    }

    public double minAnsweredShareOrDefault() {
        return minAnsweredShare == null ? DEFAULT_MIN_ANSWERED_SHARE : minAnsweredShare;
    }
}
