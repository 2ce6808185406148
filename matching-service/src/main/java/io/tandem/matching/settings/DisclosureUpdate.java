package io.tandem.matching.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tenant's disclosure rules, replaced as a whole. */
@Schema(name = "DisclosureSettings", example = "{\"minGroupSize\": 8, \"retentionDays\": 730}",
        description = "How matching-service's aggregate reports protect small groups in this tenant, and how long it keeps programmes' "
                + "relationships and responses after they end.")
public record DisclosureUpdate(
        @NotNull @Min(FLOOR) @Max(1000)
        @Schema(description = "No figure is shown for a group with fewer people than this. The fairness report counts people "
                + "and uses at least 5 whatever is set here.", example = "8", minimum = "3", maximum = "1000")
        Integer minGroupSize,
        @Min(30) @Max(3650)
        @Schema(description = "Relationships (with their goals, meetings and journals) and survey responses of a programme are erased "
                + "this many days after it ends; absent: kept.", example = "730", minimum = "30", maximum = "3650")
        Integer retentionDays) {

    /** Below three people, an aggregate all but names them. */
    public static final int FLOOR = 3;

    public static final DisclosureUpdate DEFAULTS = new DisclosureUpdate(5, null);
}
