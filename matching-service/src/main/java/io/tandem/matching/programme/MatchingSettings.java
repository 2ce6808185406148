package io.tandem.matching.programme;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** How a programme matches; every field has a default, so a client sends only what it changes. */
@Schema(name = "MatchingSettings")
public record MatchingSettings(
        @Min(1) @Max(36) @Schema(description = "Minimum relationship duration in months.", defaultValue = "6") Integer minimumRelationshipMonths,
        @Size(max = 10) @Schema(description = "Instruments a mentor must have completed to be matched.", defaultValue = "[\"mentor-motives\"]")
        List<@NotBlank @Size(max = 63) @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "is not an instrument key") String> requiredInstruments,
        @Valid @Schema(description = "Factor weights, 0..100 each.") Weights weights,
        @Size(max = 4) @Schema(description = "Hard rules switched on (same-person always is); all when absent.")
        List<@NotNull Rule> hardRules,
        @Schema(defaultValue = "optimal") Mode mode,
        @Schema(defaultValue = "most-participation") Goal objective,
        @Min(1) @Max(10) @Schema(description = "Mentors recommended per mentee in mentee-choice mode.", defaultValue = "3") Integer recommendations,
        @Schema(description = "Never propose two people who were paired in an earlier run of this programme.", defaultValue = "true")
        Boolean avoidRepairing,
        @Size(max = 1000) @Schema(description = "Pairs of person ids that must never be matched.", example = "[[\"emp-1\", \"emp-2\"]]")
        List<@NotNull @Size(min = 2, max = 2) List<@NotBlank @Size(max = 200) String>> exclusions,
        @Schema(description = "`match`: motive fit counts with its weight. `monitor-only`: it is computed, stored with each proposal and "
                + "reported, but weighs 0, until the programme's own data show it predicts relationship quality.", defaultValue = "match")
        MotiveUse motiveUse,
        @Schema(description = "Where a mentee's need for support comes from: `survey` (their latest mentee-needs support-need score) "
                + "or `profile` (the supportNeed field an HR platform sets, 0..1000). Without it, motive fit is left out for that mentee.",
                defaultValue = "survey")
        SupportNeedSource supportNeedSource,
        @Min(1) @Max(3650)
        @Schema(description = "Survey scores older than this many days are not used (the motive fit is then left out for the pair).",
                example = "365")
        Integer maxScoreAgeDays,
        @Size(max = 63) @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "is not an instrument key")
        @Schema(description = "Instrument whose `other-focused` and `self-focused` scales (1-7) give the mentors' motives.",
                defaultValue = "mentor-motives", maxLength = 63)
        String motiveInstrument,
        @Size(max = 63) @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "is not an instrument key")
        @Schema(description = "Instrument whose `support-need` scale (1-7) gives the mentees' need for support.",
                defaultValue = "mentee-needs", maxLength = 63)
        String needsInstrument,
        @Valid @Schema(description = "Check-in waves of the programme's relationships and what each side answers.") CheckInSettings checkIns) {

    public enum MotiveUse {
        @JsonProperty("match") MATCH,
        @JsonProperty("monitor-only") MONITOR_ONLY
    }

    public enum SupportNeedSource {
        @JsonProperty("survey") SURVEY,
        @JsonProperty("profile") PROFILE
    }

    public enum Rule {
        @JsonProperty("management-chain") MANAGEMENT_CHAIN,
        @JsonProperty("seniority") SENIORITY,
        @JsonProperty("exclusion") EXCLUSION,
        @JsonProperty("no-shared-language") NO_SHARED_LANGUAGE
    }

    public enum Mode {
        /** Exactly optimal assignment by the programme's objective. */
        @JsonProperty("optimal") OPTIMAL,
        /** Top-k recommendations per mentee, who choose. */
        @JsonProperty("mentee-choice") MENTEE_CHOICE,
        /** Stable matching from ranked preferences, mentee-proposing. */
        @JsonProperty("stable") STABLE
    }

    public enum Goal {
        @JsonProperty("most-participation") MOST_PARTICIPATION,
        @JsonProperty("highest-score") HIGHEST_SCORE
    }

    @Schema(name = "FactorWeights")
    public record Weights(@Min(0) @Max(100) int goalFit, @Min(0) @Max(100) int reciprocity, @Min(0) @Max(100) int identification,
                          @Min(0) @Max(100) int motiveFit, @Min(0) @Max(100) int logistics) {

        public static final Weights EQUAL = new Weights(20, 20, 20, 20, 20);

        public boolean allZero() {
            return goalFit + reciprocity + identification + motiveFit + logistics == 0;
        }
    }

    public static final MatchingSettings DEFAULTS = new MatchingSettings(6, List.of("mentor-motives"), Weights.EQUAL,
            List.of(Rule.values()), Mode.OPTIMAL, Goal.MOST_PARTICIPATION, 3, true, List.of(), MotiveUse.MATCH, SupportNeedSource.SURVEY, null,
            "mentor-motives", "mentee-needs", CheckInSettings.DEFAULTS);

    /** These settings with every absent field taken from the defaults. */
    public MatchingSettings withDefaults() {
        return new MatchingSettings(
                minimumRelationshipMonths != null ? minimumRelationshipMonths : DEFAULTS.minimumRelationshipMonths,
                requiredInstruments != null ? requiredInstruments : DEFAULTS.requiredInstruments,
                weights != null ? weights : DEFAULTS.weights,
                hardRules != null ? hardRules : DEFAULTS.hardRules,
                mode != null ? mode : DEFAULTS.mode,
                objective != null ? objective : DEFAULTS.objective,
                recommendations != null ? recommendations : DEFAULTS.recommendations,
                avoidRepairing != null ? avoidRepairing : DEFAULTS.avoidRepairing,
                exclusions != null ? exclusions : DEFAULTS.exclusions,
                motiveUse != null ? motiveUse : DEFAULTS.motiveUse,
                supportNeedSource != null ? supportNeedSource : DEFAULTS.supportNeedSource,
                maxScoreAgeDays,
                motiveInstrument != null ? motiveInstrument : DEFAULTS.motiveInstrument,
                needsInstrument != null ? needsInstrument : DEFAULTS.needsInstrument,
                checkIns != null ? checkIns.withDefaults() : DEFAULTS.checkIns);
    }

    /** The weights the compatibility model uses: motive fit weighs nothing when it is only monitored. */
    public Weights effectiveWeights() {
        Weights w = weights != null ? weights : DEFAULTS.weights;
        return motiveUse == MotiveUse.MONITOR_ONLY ? new Weights(w.goalFit(), w.reciprocity(), w.identification(), 0, w.logistics()) : w;
    }
}
