package io.tandem.matching.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "DisclosureSettingsView", description = "The tenant's disclosure rules; updatedAt is absent while the default applies.")
public record DisclosureView(@Schema(minimum = "3", maximum = "1000") int minGroupSize,
                             @Schema(nullable = true, minimum = "30", maximum = "3650", description = "Days after a programme's end "
                                     + "until its relationships and responses are erased; absent: kept.") Integer retentionDays,
                             @Schema(nullable = true, description = "When an admin last replaced the settings.") Instant updatedAt) {

    static DisclosureView of(DisclosureSettings s) {
        return new DisclosureView(s.minGroupSize, s.retentionDays, s.updatedAt);
    }
}
