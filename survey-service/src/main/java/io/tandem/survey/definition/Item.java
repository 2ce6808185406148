package io.tandem.survey.definition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** One question. Which of the optional fields apply depends on the type. */
@Schema(name = "Item", description = "One question of an instrument.")
public record Item(
        @NotBlank @Pattern(regexp = Limits.LINK_ID, message = "must be 1-64 letters, digits, '_', '.' or '-', starting with a letter")
        @Schema(description = "Stable id of the item within the instrument; answers are keyed by it.", example = "mm-01", maxLength = 64)
        String linkId,
        @NotNull ItemType type,
        @NotEmpty @Size(max = Limits.MAX_LOCALES)
        @Schema(description = "Question text by locale.", example = "{\"en\": \"I mentor because it helps my own career.\"}")
        Map<@Pattern(regexp = Limits.LOCALE) String, @NotBlank @Size(max = Limits.MAX_TEXT) String> text,
        @Schema(description = "Whether an enabled item must be answered on submit.", defaultValue = "false")
        Boolean required,
        @Schema(description = "Lowest allowed answer (likert: required; number: optional).", example = "1")
        Double min,
        @Schema(description = "Highest allowed answer (likert: required; number: optional).", example = "7")
        Double max,
        @Schema(description = "number items: only whole numbers are accepted.", defaultValue = "false")
        Boolean integer,
        @Size(max = Limits.MAX_ANCHORS) @Schema(description = "likert items: labels of scale points.")
        List<@Valid @NotNull Anchor> anchors,
        @Size(max = Limits.MAX_OPTIONS) @Schema(description = "single- and multiple-choice items: the options.")
        List<@Valid @NotNull Option> options,
        @Min(1) @Max(Limits.MAX_TEXT_ANSWER)
        @Schema(description = "text items: longest accepted answer in characters.", example = "500")
        Integer maxLength,
        @Valid EnableWhen enableWhen,
        @Size(max = Limits.MAX_CONSTRUCT)
        @Schema(description = "The construct this item measures.", example = "Other-focused motive: benefit the protege")
        String construct,
        @Size(max = Limits.MAX_SOURCE)
        @Schema(description = "Where the construct is defined.", example = "Liu et al. (2021), Human Resource Development International 24(3)")
        String source) {
}
