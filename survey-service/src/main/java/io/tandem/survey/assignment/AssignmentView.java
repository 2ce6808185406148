package io.tandem.survey.assignment;

import io.tandem.survey.definition.Limits;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Assignment", description = "Who answers which instrument version, in which context, by when.")
public record AssignmentView(
        UUID id,
        @Schema(example = "emp-10442", maxLength = AssignmentRequest.MAX_PERSON_ID) String respondentId,
        UUID instrumentId,
        @Schema(example = "mentor-motives", maxLength = Limits.KEY_LENGTH) String instrumentKey,
        @Schema(example = "1") int instrumentVersion,
        UUID programmeId,
        UUID relationshipId,
        @Schema(maxLength = AssignmentRequest.MAX_PERSON_ID) String aboutPersonId,
        RespondentRole role,
        @Schema(example = "baseline", maxLength = AssignmentRequest.MAX_WAVE) String wave,
        LocalDate dueOn,
        AssignmentStatus status,
        Instant createdAt,
        Instant submittedAt,
        Instant cancelledAt) {

    public static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.respondentId, a.instrumentId, a.instrumentKey, a.instrumentVersion, a.programmeId,
                a.relationshipId, a.aboutPersonId, a.respondentRole, a.wave, a.dueOn, a.status, a.createdAt, a.submittedAt,
                a.cancelledAt);
    }
}
