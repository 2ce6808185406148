package io.tandem.analytics.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cells every report is made of: each figure with its n, or why it is not shown. */
public final class Cells {

    private Cells() {
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
