package io.tandem.survey.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
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

/** A named group of numeric items scored together. */
@Schema(name = "Scale", description = "Items scored together; reverse-keyed items are scored as min + max - answer on their own range.")
public record Scale(
        @NotBlank @Pattern(regexp = Limits.KEY, message = "must be lower-case letters, digits or dashes, starting with a letter")
        @Schema(example = "other-focused", maxLength = Limits.KEY_LENGTH) String key,
        @Size(max = Limits.MAX_LOCALES)
        @Schema(example = "{\"en\": \"Other-focused motives\"}")
        Map<@Pattern(regexp = Limits.LOCALE) String, @NotBlank @Size(max = Limits.MAX_LABEL) String> name,
        @NotEmpty @Size(max = Limits.MAX_SCALE_ITEMS)
        @Schema(description = "linkIds of numeric items.") List<@NotNull @Size(max = Limits.LINK_ID_LENGTH) String> items,
        @Size(max = Limits.MAX_SCALE_ITEMS)
        @Schema(description = "linkIds among `items` that are reverse-keyed.") List<@NotNull @Size(max = Limits.LINK_ID_LENGTH) String> reversed,
        @Schema(defaultValue = "mean") Rule rule,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
        @Schema(description = "Share of the scale's enabled items that must be answered for a valid score.",
                defaultValue = "0.75", example = "0.75")
        Double minAnsweredShare) {

    public enum Rule {
        @JsonProperty("mean") MEAN,
        /** Prorated: the mean of answered items times the number of items. */
        @JsonProperty("sum") SUM
    }
}
