package io.tandem.survey.assignment;

import io.tandem.support.feed.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Assignment events for analytics (created, cancelled), written with their change: what a programme's
 * check-in completion and overdue figures count. Submissions are on the scored-responses feed.
 */
@ApplicationScoped
class AssignmentFeed {

    @Inject
    Outbox outbox;

    /** @param change created or cancelled */
    record AssignmentEvent(String change, UUID assignmentId, String respondentId, String instrumentKey, int instrumentVersion,
                           UUID programmeId, UUID relationshipId, String aboutPersonId, String role, String wave, LocalDate dueOn,
                           String status, Instant createdAt, Instant cancelledAt) {
    }

    void created(List<Assignment> assignments) {
        outbox.appendAll(io.tandem.survey.feed.Outbox.ASSIGNMENT, assignments.stream().map(a -> event("created", a)).toList());
    }

    void cancelled(Assignment assignment) {
        outbox.append(io.tandem.survey.feed.Outbox.ASSIGNMENT, assignment.id, event("cancelled", assignment).payload());
    }

    private static Outbox.Event event(String change, Assignment a) {
        return new Outbox.Event(a.id, new AssignmentEvent(change, a.id, a.respondentId, a.instrumentKey, a.instrumentVersion, a.programmeId,
                a.relationshipId, a.aboutPersonId, a.respondentRole == null ? null : a.respondentRole.name().toLowerCase(), a.wave, a.dueOn,
                a.status.name().toLowerCase(), a.createdAt, a.cancelledAt));
    }
}
