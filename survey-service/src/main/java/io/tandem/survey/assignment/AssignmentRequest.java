package io.tandem.survey.assignment;

import io.tandem.survey.definition.Limits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One assignment to create. */
@Schema(name = "AssignmentRequest", example = "{\"respondentId\": \"emp-20881\", \"instrumentKey\": \"mentor-motives\", \"programmeId\": \"0192f5a4-7c1e-7d3a-9b2e-3f4a5b6c7d8e\", \"role\": \"mentor\", \"wave\": \"baseline\", \"dueOn\": \"2027-02-15\"}", description = "Ask one person to answer an instrument version in a context.")
public record AssignmentRequest(
        @NotBlank @Size(max = MAX_PERSON_ID)
        @Schema(description = "The HR platform's person id of who answers.", example = "emp-10442") String respondentId,
        @NotBlank @Pattern(regexp = Limits.KEY, message = "is not an instrument key")
        @Schema(example = "mentor-motives", maxLength = Limits.KEY_LENGTH) String instrumentKey,
        @Min(1) @Schema(description = "Version to answer; the latest published one when absent.", example = "1")
        Integer instrumentVersion,
        @Schema(description = "Programme in matching-service.") UUID programmeId,
        @Schema(description = "Relationship in matching-service.") UUID relationshipId,
        @Size(max = MAX_PERSON_ID) @Schema(description = "Person the answers are about, e.g. the rated mentor.", example = "emp-20881")
        String aboutPersonId,
        @Schema(description = "Side the respondent answers from.") RespondentRole role,
        @Pattern(regexp = WAVE, message = "must be baseline, check-in-N, closing, follow-up or follow-up-N")
        @Schema(description = "Measurement wave.", example = "check-in-2", maxLength = MAX_WAVE) String wave,
        @Schema(description = "Date the answers are due.", example = "2026-12-15") LocalDate dueOn) {

    public static final int MAX_PERSON_ID = 200;
    public static final int MAX_WAVE = 32;
    public static final String WAVE = "baseline|check-in-[1-9][0-9]{0,2}|closing|follow-up(-[1-9][0-9]?)?";
}
