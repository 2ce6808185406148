package io.tandem.analytics.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "AnalyticsSettingsView", description = "The tenant's reporting rules; updatedAt is null while the defaults apply.")
public record SettingsView(int minGroupSize, BigDecimal confidenceLevel, int bootstrapResamples,
                           @Schema(description = "IANA time zone of report dates.", example = "Europe/Berlin", maxLength = 64) String reportingTimeZone,
                           @Schema(nullable = true, maxLength = 35, description = "When an admin last replaced the settings; null while the defaults apply.")
                           Instant updatedAt,
                           SettingsUpdate.AtRisk atRisk) {

    static SettingsView of(AnalyticsSettings s) {
        return new SettingsView(s.minGroupSize, s.confidenceLevel, s.bootstrapResamples, s.reportingTimeZone, s.updatedAt,
                new SettingsUpdate.AtRisk(s.atRiskQualityDrop, s.atRiskMissedCheckIns, s.atRiskInactivityWeeks, s.atRiskAgreementGraceDays));
    }
}
