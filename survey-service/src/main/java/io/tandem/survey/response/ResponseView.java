package io.tandem.survey.response;

import io.tandem.survey.definition.Limits;
import io.tandem.survey.assignment.AssignmentRequest;
import io.tandem.survey.assignment.RespondentRole;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Response", description = "Answers to one assignment; scores are present once submitted.")
public record ResponseView(
        UUID id,
        UUID assignmentId,
        @Schema(example = "emp-10442", maxLength = AssignmentRequest.MAX_PERSON_ID) String respondentId,
        UUID instrumentId,
        @Schema(example = "mentor-motives", maxLength = Limits.KEY_LENGTH) String instrumentKey,
        int instrumentVersion,
        ResponseStatus status,
        @Schema(description = "Answers by item linkId.", example = "{\"mm-01\": 5, \"mm-02\": 3}") Map<String, Object> answers,
        @Schema(nullable = true, maxItems = Limits.MAX_SCALES + Limits.MAX_INDICES) List<ScoreView> scores,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(description = "The person the scores are about: the respondent, or the person the assignment asked them to rate.",
                maxLength = AssignmentRequest.MAX_PERSON_ID) String subjectId,
        Perspective perspective,
        @Schema(nullable = true, description = "The respondent's side of the relationship, when the assignment names one.") RespondentRole raterRole) {

    public static ResponseView of(SurveyResponse r) {
        return new ResponseView(r.id, r.assignmentId, r.respondentId, r.instrumentId, r.instrumentKey, r.instrumentVersion,
                r.status, r.answers, r.scores, r.createdAt, r.updatedAt, r.submittedAt, r.subjectId, r.perspective, r.raterRole);
    }
}
