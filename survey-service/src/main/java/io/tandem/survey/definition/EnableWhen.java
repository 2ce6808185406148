package io.tandem.survey.definition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Skip logic: the item is enabled only when the earlier item's answer meets the condition. A
 * disabled item must not be answered and does not count as missing.
 */
@Schema(name = "EnableWhen", description = "The item is shown only when an earlier item's answer meets this condition.")
public record EnableWhen(
        @NotBlank @Pattern(regexp = Limits.LINK_ID, message = "must be a linkId")
        @Schema(description = "linkId of an earlier item.", example = "has-mentor", maxLength = Limits.LINK_ID_LENGTH) String linkId,
        @NotNull ConditionOperator operator,
        @Schema(description = "Value compared with the answer: a number, string, boolean or option code; "
                + "for `exists`, true (answered) or false (not answered). For multiple choice, `equals` means "
                + "the code was chosen.", example = "true")
        Object value) {
}
