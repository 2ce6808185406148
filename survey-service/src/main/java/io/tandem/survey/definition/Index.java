package io.tandem.survey.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
        List<@Valid @NotNull Band> bands,
        @Valid @Schema(description = "Difference indices only: label a person only when the interval of their difference lies wholly "
                + "in one band; otherwise give `uncertainLabel`.")
        Uncertainty uncertainty) {

    public enum Kind {
        @JsonProperty("difference") DIFFERENCE,
        @JsonProperty("mean") MEAN
    }

    /**
     * The measurement error of a difference score: SE = sd * sqrt(2 * (1 - reliability)), interval
     * value +- z(level) * SE (classical test theory; see the scoring package).
     */
    @Schema(name = "IndexUncertainty")
    public record Uncertainty(
            @NotNull @DecimalMin(value = "0.5") @DecimalMax(value = "0.999")
            @Schema(description = "Confidence level of the interval.", example = "0.95") Double level,
            @NotNull @DecimalMin("0") @DecimalMax(value = "0.99")
            @Schema(description = "Reliability of each operand scale in the population (e.g. Cronbach's alpha).", example = "0.8") Double reliability,
            @NotNull @DecimalMin(value = "0.01") @DecimalMax("100")
            @Schema(description = "Standard deviation of each operand scale in the population.", example = "1.0") Double sd,
            @NotBlank @Size(max = Limits.MAX_LABEL)
            @Schema(description = "Label when no band holds the whole interval.", example = "balanced-or-uncertain") String uncertainLabel) {
    }

    /** A labelled interval [from, to); an absent bound is open. */
    @Schema(name = "IndexBand")
    public record Band(
            @NotBlank @Size(max = Limits.MAX_LABEL) @Schema(example = "other-focused") String label,
            @Schema(example = "0.5") Double from,
            @Schema(example = "7") Double to) {
    }
}
