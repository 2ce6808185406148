package io.tandem.survey.response;

import io.tandem.survey.definition.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Answers keyed by item linkId: numbers, strings, booleans or (multiple choice) lists of option codes. */
@Schema(name = "Answers", example = "{\"answers\": {\"mm-01\": 5, \"mm-02\": 3, \"channel\": \"chat\", \"topics\": [\"career\"]}}")
public record AnswersRequest(
        @NotNull @Size(max = Limits.MAX_ITEMS)
        @Schema(description = "Answers by item linkId. Leave unanswered items out.",
                example = "{\"mm-01\": 5, \"mm-02\": 3, \"channel\": \"chat\", \"topics\": [\"career\"]}")
        Map<String, Object> answers) {
}
