package io.tandem.analytics.report;

import io.tandem.support.disclosure.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cells every report is made of: each figure with its n, or why it is not shown. */
public final class Cells {

    private Cells() {
    }

    /** Each group's count, or why it is hidden (DESIGN.md's disclosure rule, complement included). */
    public static List<Count> counts(Map<String, Integer> groups, int minimum) {
        Map<String, String> hidden = Suppression.hidden(groups, minimum);
        List<Count> counts = new ArrayList<>();
        groups.forEach((group, n) -> counts.add(hidden.containsKey(group) ? new Count(group, null, hidden.get(group)) : new Count(group, n, null)));
        return counts;
    }

    /** A count of people (or relationships) in a group; null with a note when the group is too small to show. */
    @Schema(name = "GroupCount")
    public record Count(@Schema(example = "active", maxLength = 200) String group, @Schema(nullable = true) Integer n,
                        @Schema(nullable = true, maxLength = 200) String note) {
    }

    /** A figure computed over n units; both null with a note when n is under the tenant's minimum group size. */
    @Schema(name = "Figure")
    public record Figure(@Schema(nullable = true) Double value, @Schema(nullable = true) Integer n,
                         @Schema(nullable = true, maxLength = 200) String note) {

        static Figure hidden(String why) {
            return new Figure(null, null, why);
        }

        static Figure of(double value, int n) {
            return new Figure(value, n, null);
        }
    }
}
