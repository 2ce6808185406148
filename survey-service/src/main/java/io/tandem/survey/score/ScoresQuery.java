package io.tandem.survey.score;

import io.tandem.survey.assignment.AssignmentRequest;
import io.tandem.survey.definition.Limits;
import io.tandem.survey.assignment.RespondentRole;
import io.tandem.survey.response.Perspective;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ScoresQuery", example = "{\"instrumentKey\": \"mentor-motives\", \"personIds\": [\"emp-10442\", \"emp-20881\"], \"scales\": [\"self-focused\", \"other-focused\"], \"maxAgeDays\": 365}",
        description = "Latest valid scores of many people on one instrument, in one call. All scores given for a person come from one "
                + "response: the newest in which every requested scale has a valid score.")
public record ScoresQuery(
        @NotBlank @Pattern(regexp = Limits.KEY, message = "is not an instrument key")
        @Schema(example = "mentor-motives", maxLength = Limits.KEY_LENGTH) String instrumentKey,
        @NotEmpty @Size(max = MAX_PEOPLE)
        @Schema(description = "Person ids, at most 10,000.", example = "[\"emp-10442\", \"emp-20881\"]")
        List<@NotBlank @Size(max = AssignmentRequest.MAX_PERSON_ID) String> personIds,
        @Size(max = Limits.MAX_SCALES + Limits.MAX_INDICES)
        @Schema(description = "Scale or index keys; all of the instrument's when absent.", example = "[\"self-focused\", \"other-focused\", \"motive-orientation\"]")
        List<@NotNull @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = Limits.KEY, message = "is not a scale key") String> scales,
        @Schema(description = "`self` (default): each person's own reports; `other`: ratings of each person by others.", defaultValue = "self")
        Perspective perspective,
        @Schema(description = "With `perspective: other`, only ratings by raters in this role (e.g. `mentee`: protégés rating their mentor).")
        RespondentRole raterRole,
        @Min(1) @Max(MAX_AGE_DAYS)
        @Schema(description = "Ignore responses submitted more than this many days ago.", example = "365")
        Integer maxAgeDays) {

    public static final int MAX_PEOPLE = 10_000;
    public static final int MAX_AGE_DAYS = 36_500;

    public Perspective perspectiveOrDefault() {
        return perspective == null ? Perspective.SELF : perspective;
    }
}
