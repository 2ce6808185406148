package io.tandem.survey.response;

import io.tandem.survey.assignment.Assignment;
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
        String respondentId,
        UUID instrumentId,
        String instrumentKey,
        int instrumentVersion,
        UUID programmeId,
        UUID relationshipId,
        String aboutPersonId,
        RespondentRole role,
        String wave,
        LocalDate dueOn,
        Instant submittedAt,
        List<ScoreView> scores) {

    static ScoredResponseEvent of(Assignment a, SurveyResponse r) {
        return new ScoredResponseEvent(r.id, a.id, r.respondentId, r.instrumentId, r.instrumentKey, r.instrumentVersion,
                a.programmeId, a.relationshipId, a.aboutPersonId, a.respondentRole, a.wave, a.dueOn, r.submittedAt, r.scores);
    }
}
