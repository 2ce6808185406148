package io.tandem.survey.definition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A label for one point of a Likert item, e.g. 1 = "Strongly disagree". */
@Schema(name = "LikertAnchor")
public record Anchor(
        @NotNull @Schema(example = "1") Integer value,
        @NotEmpty @Size(max = Limits.MAX_LOCALES)
        @Schema(example = "{\"en\": \"Strongly disagree\"}")
        Map<@Pattern(regexp = Limits.LOCALE) String, @NotBlank @Size(max = Limits.MAX_LABEL) String> label) {
}
