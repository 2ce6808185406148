package io.tandem.analytics.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "AnalyticsSettingsView", description = "The tenant's reporting rules; updatedAt is absent while the defaults apply.")
public record SettingsView(int minGroupSize, BigDecimal confidenceLevel, int bootstrapResamples, String reportingTimeZone,
                           Instant updatedAt) {

    static SettingsView of(AnalyticsSettings s) {
        return new SettingsView(s.minGroupSize, s.confidenceLevel, s.bootstrapResamples, s.reportingTimeZone, s.updatedAt);
    }
}
