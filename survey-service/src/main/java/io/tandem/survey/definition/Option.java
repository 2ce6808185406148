package io.tandem.survey.definition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** One answer option of a choice item: a stable code (what answers carry) and its label by locale. */
@Schema(name = "AnswerOption")
public record Option(
        @NotBlank @Pattern(regexp = Limits.LINK_ID, message = "must be a code of letters, digits, '_', '.' or '-'")
        @Schema(example = "weekly", maxLength = 64) String code,
        @NotEmpty @Size(max = Limits.MAX_LOCALES)
        @Schema(example = "{\"en\": \"Every week\"}")
        Map<@Pattern(regexp = Limits.LOCALE) String, @NotBlank @Size(max = Limits.MAX_LABEL) String> label) {
}
