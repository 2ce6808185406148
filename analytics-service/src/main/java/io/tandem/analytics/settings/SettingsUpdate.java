package io.tandem.analytics.settings;

import jakarta.validation.Valid;
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
        String reportingTimeZone,

        @Valid
        @Schema(description = "When a relationship counts as at risk; the defaults when absent.")
        AtRisk atRisk) {

    /** When the at-risk report lists a relationship. */
    @Schema(name = "AtRiskSettings")
    public record AtRisk(
            @NotNull @DecimalMin("0.10") @DecimalMax("10.00")
            @Schema(description = "A side's self-reported quality falling by more than this between two waves.", example = "1.0")
            BigDecimal qualityDrop,
            @NotNull @Min(1) @Max(20) @Schema(description = "This many check-ins past due and unanswered.", example = "2")
            Integer missedCheckIns,
            @NotNull @Min(1) @Max(52) @Schema(description = "No meeting logged for more than this many weeks.", example = "6")
            Integer inactivityWeeks,
            @NotNull @Min(1) @Max(365) @Schema(description = "The agreement not confirmed by both this many days after the start.", example = "21")
            Integer agreementGraceDays) {

        public static final AtRisk DEFAULTS = new AtRisk(new BigDecimal("1.00"), 2, 6, 21);
    }

    /** Below three people, an aggregate all but names them. */
    public static final int MIN_GROUP_FLOOR = 3;

    public static final SettingsUpdate DEFAULTS = new SettingsUpdate(5, new BigDecimal("0.950"), 5000, "UTC", AtRisk.DEFAULTS);
}
