package io.tandem.survey.score;

import io.tandem.survey.assignment.AssignmentRequest;
import io.tandem.survey.definition.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ScoresQuery", example = "{\"instrumentKey\": \"mentor-motives\", \"personIds\": [\"emp-10442\", \"emp-20881\"], \"scales\": [\"self-focused\", \"other-focused\"]}", description = "Latest valid scores of many people on one instrument, in one call.")
public record ScoresQuery(
        @NotBlank @Pattern(regexp = Limits.KEY, message = "is not an instrument key")
        @Schema(example = "mentor-motives", maxLength = Limits.KEY_LENGTH) String instrumentKey,
        @NotEmpty @Size(max = MAX_PEOPLE)
        @Schema(description = "Person ids, at most 10,000.", example = "[\"emp-10442\", \"emp-20881\"]")
        List<@NotBlank @Size(max = AssignmentRequest.MAX_PERSON_ID) String> personIds,
        @Size(max = Limits.MAX_SCALES + Limits.MAX_INDICES)
        @Schema(description = "Scale or index keys; all of the instrument's when absent.", example = "[\"self-focused\", \"other-focused\", \"motive-orientation\"]")
        List<@NotNull @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = Limits.KEY, message = "is not a scale key") String> scales) {

    public static final int MAX_PEOPLE = 10_000;
}
