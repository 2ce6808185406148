package io.tandem.survey.score;

import io.tandem.survey.definition.Limits;

import io.tandem.survey.response.ScoreView;
import io.tandem.survey.response.Perspective;
import io.tandem.survey.assignment.AssignmentRequest;
import io.tandem.survey.assignment.RespondentRole;
import io.tandem.survey.response.ResponseView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ScoreSet", description = "The scores of one submitted response.")
public record ScoreSet(UUID responseId, UUID assignmentId, @Schema(maxLength = Limits.KEY_LENGTH) String instrumentKey,
                       int instrumentVersion, Instant submittedAt,
                       @Schema(maxItems = Limits.MAX_SCALES + Limits.MAX_INDICES) List<ScoreView> scores,
                       @Schema(maxLength = AssignmentRequest.MAX_PERSON_ID) String subjectId, Perspective perspective,
                       @Schema(nullable = true) RespondentRole raterRole) {

    static ScoreSet of(ResponseView r) {
        return new ScoreSet(r.id(), r.assignmentId(), r.instrumentKey(), r.instrumentVersion(), r.submittedAt(), r.scores(),
                r.subjectId(), r.perspective(), r.raterRole());
    }
}
