package io.tandem.survey.response;

import io.tandem.survey.definition.Limits;
import io.tandem.survey.assignment.AssignmentRequest;

import io.tandem.survey.assignment.RespondentRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the scored-responses feed tells readers about one submission. */
@Schema(name = "ScoredResponseEvent", description = "A submitted response with its context and scores.")
public record ScoredResponseEvent(
        UUID responseId,
        UUID assignmentId,
        @Schema(maxLength = AssignmentRequest.MAX_PERSON_ID) String respondentId,
        UUID instrumentId,
        @Schema(maxLength = Limits.KEY_LENGTH) String instrumentKey,
        int instrumentVersion,
        UUID programmeId,
        UUID relationshipId,
        @Schema(maxLength = AssignmentRequest.MAX_PERSON_ID) String aboutPersonId,
        RespondentRole role,
        @Schema(maxLength = AssignmentRequest.MAX_WAVE) String wave,
        LocalDate dueOn,
        Instant submittedAt,
        @Schema(maxItems = Limits.MAX_SCALES + Limits.MAX_INDICES) List<ScoreView> scores,
        @Schema(description = "The person the scores are about (aboutPersonId when set, else the respondent).",
                maxLength = AssignmentRequest.MAX_PERSON_ID) String subjectId,
        Perspective perspective) {

    static ScoredResponseEvent of(LockedAssignment a, UUID responseId, Instant submittedAt, List<ScoreView> scores) {
        return new ScoredResponseEvent(responseId, a.id(), a.respondentId(), a.instrumentId(), a.instrumentKey(), a.instrumentVersion(),
                a.programmeId(), a.relationshipId(), a.aboutPersonId(), a.role(), a.wave(), a.dueOn(), submittedAt, scores,
                Perspective.subjectOf(a.respondentId(), a.aboutPersonId()), Perspective.of(a.respondentId(), a.aboutPersonId()));
    }
}
