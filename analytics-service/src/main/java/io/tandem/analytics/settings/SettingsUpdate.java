package io.tandem.analytics.settings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The tenant's reporting rules, replaced as a whole. */
@Schema(name = "AnalyticsSettings", example = "{\"minGroupSize\": 5, \"confidenceLevel\": 0.95, \"bootstrapResamples\": 5000, \"reportingTimeZone\": \"Europe/Berlin\"}", description = "How reports are computed and protected for this tenant.")
public record SettingsUpdate(
        @NotNull @Min(MIN_GROUP_FLOOR) @Max(1000)
        @Schema(description = "No aggregate is shown for a group with fewer people than this.", example = "5", minimum = "3", maximum = "1000")
        Integer minGroupSize,

        @NotNull @DecimalMin("0.800") @DecimalMax("0.999")
        @Schema(description = "Level of every confidence interval in reports.", example = "0.95")
        BigDecimal confidenceLevel,

        @NotNull @Min(1000) @Max(100000)
        @Schema(description = "Bootstrap resamples for mediation and other bootstrap intervals.", example = "5000")
        Integer bootstrapResamples,

        @NotBlank @Size(max = 64)
        @Schema(description = "IANA time zone in which reports cut days, weeks and months.", example = "Europe/Berlin", maxLength = 64)
        String reportingTimeZone) {

    /** Below three people, an aggregate all but names them. */
    public static final int MIN_GROUP_FLOOR = 3;

    public static final SettingsUpdate DEFAULTS = new SettingsUpdate(5, new BigDecimal("0.950"), 5000, "UTC");
}
