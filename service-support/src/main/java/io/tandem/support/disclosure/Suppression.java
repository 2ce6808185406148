package io.tandem.support.disclosure;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DESIGN.md's disclosure rule for groups that partition a whole (the values of one attribute, the
 * phases of a programme's relationships, the weeks of a series): a group with fewer people than the
 * minimum shows no figures; when exactly one group is hidden that way, the next-smallest shown group
 * is hidden too, so a hidden group cannot be worked out by subtracting the shown ones from the total.
 * Empty groups (0) reveal nobody and stay shown. Plain Java.
 */
public final class Suppression {

    /** The lowest minimum group size any tenant may choose. */
    public static final int FLOOR = 3;

    public static final String TOO_SMALL = "fewer than %d people; not shown";
    public static final String COMPLEMENT = "not shown, so that a smaller hidden group cannot be worked out from the total";

    private Suppression() {
    }

    /** The tenant's minimum, never below {@link #FLOOR}. */
    public static int minimum(int tenantMinimum) {
        return Math.max(FLOOR, tenantMinimum);
    }

    /**
     * Why each hidden group is hidden, by group; groups shown are absent.
     *
     * @param people the number of people in each group (insertion order breaks ties)
     */
    public static <K> Map<K, String> hidden(Map<K, Integer> people, int minimum) {
        Map<K, String> hidden = new LinkedHashMap<>();
        people.forEach((group, n) -> {
            if (n > 0 && n < minimum) {
                hidden.put(group, String.format(TOO_SMALL, minimum));
            }
        });
        if (hidden.size() == 1) {
            people.entrySet().stream().filter(e -> e.getValue() > 0 && !hidden.containsKey(e.getKey()))
                    .min(Comparator.comparingInt(Map.Entry::getValue))
                    .ifPresent(e -> hidden.put(e.getKey(), COMPLEMENT));
        }
        return hidden;
    }
}
