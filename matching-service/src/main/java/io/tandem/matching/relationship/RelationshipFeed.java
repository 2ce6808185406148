package io.tandem.matching.relationship;

import io.tandem.support.feed.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Relationship events for analytics, written with their change: started, phase-changed, extended,
 * agreement-changed, goal-changed, meeting-logged, closed. Never journal text, notes or agreement text.
 */
@ApplicationScoped
public class RelationshipFeed {

    public static final String TYPE = "relationship";

    @Inject
    Outbox outbox;

    public record GoalFacts(UUID id, String owner, String status, LocalDate targetOn) {
    }

    public record MeetingFacts(UUID id, LocalDate heldOn, int durationMinutes, String channel) {
    }

    public record RelationshipEvent(String change, UUID relationshipId, UUID programmeId, String mentorId, String menteeId, String origin,
                                    String phase, LocalDate startedOn, LocalDate plannedEndOn, LocalDate endedOn, boolean endedEarly,
                                    String endReason, Boolean continuesAsPeers, boolean agreementConfirmed, GoalFacts goal,
                                    MeetingFacts meeting) {
    }

    void append(String change, Relationship r) {
        append(change, r, null, null);
    }

    void goal(Relationship r, Goal g) {
        append("goal-changed", r, new GoalFacts(g.id, g.owner.name().toLowerCase(), g.status.name().toLowerCase().replace('_', '-'), g.targetOn),
                null);
    }

    void meeting(Relationship r, Meeting m) {
        append("meeting-logged", r, null, new MeetingFacts(m.id, m.heldOn, m.durationMinutes, m.channel.name().toLowerCase().replace('_', '-')));
    }

    private void append(String change, Relationship r, GoalFacts goal, MeetingFacts meeting) {
        outbox.append(TYPE, r.id, new RelationshipEvent(change, r.id, r.programmeId, r.mentorPersonId, r.menteePersonId,
                r.origin.name().toLowerCase(), r.phase.label(), r.startedOn, r.plannedEndOn, r.endedOn, r.endedEarly,
                r.endReason == null ? null : r.endReason.name().toLowerCase().replace('_', '-'), r.continuesAsPeers,
                r.mentorConfirmedAt != null && r.menteeConfirmedAt != null, goal, meeting));
    }
}
