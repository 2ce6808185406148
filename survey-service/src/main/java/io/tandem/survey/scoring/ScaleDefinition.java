package io.tandem.survey.scoring;

import java.util.List;
import java.util.Set;

/**
 * A named group of numeric items scored together.
 *
 * @param key              scale key, e.g. {@code other-focused}
 * @param items            linkIds of the items, in order
 * @param reversed         linkIds among {@code items} scored as {@code min + max - answer}
 * @param rule             mean or (prorated) sum
 * @param minAnsweredShare share of items that must be answered for a valid score, e.g. 0.75
 */
public record ScaleDefinition(String key, List<String> items, Set<String> reversed, ScoringRule rule,
                              double minAnsweredShare) {

    public static final double DEFAULT_MIN_ANSWERED_SHARE = 0.75;

    public ScaleDefinition {
        items = List.copyOf(items);
        reversed = Set.copyOf(reversed);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("scale " + key + " has no items");
        }
        if (!items.containsAll(reversed)) {
            throw new IllegalArgumentException("scale " + key + " reverses an item it does not contain");
        }
        if (minAnsweredShare <= 0 || minAnsweredShare > 1) {
            throw new IllegalArgumentException("minAnsweredShare must be in (0, 1]");
        }
    }
}
