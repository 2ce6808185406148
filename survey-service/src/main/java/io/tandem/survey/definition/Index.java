package io.tandem.survey.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A score derived from scales or other indices, optionally labelled by bands. */
@Schema(name = "Index", description = "Derived score: `difference` is first operand minus second; `mean` averages all operands.")
public record Index(
        @NotBlank @Pattern(regexp = Limits.KEY, message = "must be lower-case letters, digits or dashes, starting with a letter")
        @Schema(example = "motive-orientation", maxLength = Limits.KEY_LENGTH) String key,
        @Size(max = Limits.MAX_LOCALES)
        Map<@Pattern(regexp = Limits.LOCALE) String, @NotBlank @Size(max = Limits.MAX_LABEL) String> name,
        @NotNull Kind kind,
        @NotEmpty @Size(max = Limits.MAX_SCALES)
        @Schema(description = "Keys of scales or other indices.", example = "[\"other-focused\", \"self-focused\"]")
        List<@NotNull @Size(max = Limits.KEY_LENGTH) String> operands,
        @Size(max = Limits.MAX_BANDS)
        @Schema(description = "Labels by value; the first band containing the value names it.")
        List<@Valid @NotNull Band> bands) {

    public enum Kind {
        @JsonProperty("difference") DIFFERENCE,
        @JsonProperty("mean") MEAN
    }

    /** A labelled interval [from, to); an absent bound is open. */
    @Schema(name = "IndexBand")
    public record Band(
            @NotBlank @Size(max = Limits.MAX_LABEL) @Schema(example = "other-focused") String label,
            @Schema(example = "0.5") Double from,
            @Schema(example = "7") Double to) {
    }
}
