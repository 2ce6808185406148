package io.tandem.survey.response;

import io.tandem.survey.assignment.AssignmentStatus;
import io.tandem.survey.assignment.RespondentRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assignment locked for submission, with its draft response if there is one (response fields null otherwise). */
record LockedAssignment(UUID id, String respondentId, UUID instrumentId, String instrumentKey, int instrumentVersion,
                        UUID programmeId, UUID relationshipId, String aboutPersonId, RespondentRole role, String wave,
                        LocalDate dueOn, AssignmentStatus status, UUID responseId, String responseAnswers,
                        String responseIdempotencyKey, long responseVersion, Instant responseCreatedAt) {
}
