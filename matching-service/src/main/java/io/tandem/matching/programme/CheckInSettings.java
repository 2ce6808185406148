package io.tandem.matching.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A programme's periodic reflection: a baseline wave, a check-in every few weeks until the planned end,
 * a closing wave, an optional follow-up, and which instruments each side answers at each. Every field
 * has a default from the built-in library.
 */
@Schema(name = "CheckInSettings")
public record CheckInSettings(
        @Min(1) @Max(26) @Schema(description = "Weeks between check-ins.", defaultValue = "4") Integer everyWeeks,
        @Min(1) @Max(60) @Schema(description = "Days each wave stays open after it starts.", defaultValue = "14") Integer dueWithinDays,
        @Min(1) @Max(104) @Schema(nullable = true, description = "A follow-up wave this many weeks after the end; none when absent.")
        Integer followUpWeeks,
        @Valid @Schema(description = "At the start.") WaveInstruments baseline,
        @Valid @Schema(description = "At each check-in.") WaveInstruments checkIn,
        @Valid @Schema(description = "When the relationship closes.") WaveInstruments closing,
        @Valid @Schema(description = "At the follow-up.") WaveInstruments followUp) {

    /** What each side answers at one wave. */
    @Schema(name = "WaveInstruments")
    public record WaveInstruments(@Size(max = 10) List<@Valid @NotNull Answering> mentor, @Size(max = 10) List<@Valid @NotNull Answering> mentee) {
    }

    /** One instrument to answer; {@code aboutPartner}: the answers rate the other side (e.g. a protégé rating the mentor's behaviours). */
    @Schema(name = "WaveInstrument")
    public record Answering(@NotBlank @Size(max = 63) @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "is not an instrument key")
                            @Schema(maxLength = 63, example = "relationship-quality") String instrumentKey,
                            @Schema(defaultValue = "false") Boolean aboutPartner) {
        public boolean ratesPartner() {
            return Boolean.TRUE.equals(aboutPartner);
        }
    }

    private static final List<Answering> IDENTIFICATION_AND_QUALITY = List.of(new Answering("personal-identification", false),
            new Answering("relationship-quality", false));

    public static final CheckInSettings DEFAULTS = new CheckInSettings(4, 14, null,
            new WaveInstruments(IDENTIFICATION_AND_QUALITY, IDENTIFICATION_AND_QUALITY),
            new WaveInstruments(IDENTIFICATION_AND_QUALITY, IDENTIFICATION_AND_QUALITY),
            new WaveInstruments(List.of(new Answering("mentoring-outcomes", false), new Answering("reciprocal-benefits", false)),
                    List.of(new Answering("mentoring-outcomes", false), new Answering("mentoring-behaviours", true))),
            new WaveInstruments(List.of(new Answering("mentoring-outcomes", false)), List.of(new Answering("mentoring-outcomes", false))));

    public CheckInSettings withDefaults() {
        return new CheckInSettings(everyWeeks != null ? everyWeeks : DEFAULTS.everyWeeks, dueWithinDays != null ? dueWithinDays : DEFAULTS.dueWithinDays,
                followUpWeeks, baseline != null ? baseline : DEFAULTS.baseline, checkIn != null ? checkIn : DEFAULTS.checkIn,
                closing != null ? closing : DEFAULTS.closing, followUp != null ? followUp : DEFAULTS.followUp);
    }
}
