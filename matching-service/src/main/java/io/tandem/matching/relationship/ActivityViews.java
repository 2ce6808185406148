package io.tandem.matching.relationship;

import io.tandem.matching.participant.ParticipantProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** How a relationship's goals, meetings and journal entries look in the API. */
final class ActivityViews {

    static final int MAX_NOTES = 500;

    private ActivityViews() {
    }

    @Schema(name = "RelationshipGoal")
    record GoalView(UUID id, UUID relationshipId, Side owner, @Schema(maxLength = ActivityRequests.MAX_TEXT) String description,
                    @Schema(nullable = true) LocalDate targetOn, Goal.Status status,
                    @Schema(maxItems = MAX_NOTES) List<NoteView> notes, Instant createdAt, Instant updatedAt) {
        static GoalView of(Goal g) {
            return new GoalView(g.id, g.relationshipId, g.owner, g.description, g.targetOn, g.status,
                    g.notes.stream().map(n -> new NoteView(n.authorId(), n.text(), n.at())).toList(), g.createdAt, g.updatedAt);
        }
    }

    @Schema(name = "RelationshipGoalNote")
    record NoteView(@Schema(maxLength = ParticipantProfile.MAX_ID) String authorId,
                    @Schema(maxLength = ActivityRequests.MAX_TEXT) String text, Instant at) {
    }

    @Schema(name = "Meeting")
    record MeetingView(UUID id, UUID relationshipId, LocalDate heldOn, @Schema(maximum = "1440") int durationMinutes, Meeting.Channel channel,
                       @Schema(maxItems = ActivityRequests.MAX_TOPICS) List<@jakarta.validation.constraints.Size(max = 100) String> topics,
                       @Schema(nullable = true, maxLength = ActivityRequests.MAX_TEXT) String note,
                       @Schema(maxLength = ParticipantProfile.MAX_ID) String loggedBy, Instant createdAt) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.relationshipId, m.heldOn, m.durationMinutes, m.channel, m.topics, m.note, m.loggedBy, m.createdAt);
        }
    }

    @Schema(name = "JournalEntry")
    record JournalView(UUID id, UUID relationshipId, @Schema(maxLength = ParticipantProfile.MAX_ID) String authorId,
                       @Schema(maxLength = ActivityRequests.MAX_JOURNAL) String text, boolean shared, Instant createdAt, Instant updatedAt) {
        static JournalView of(JournalEntry e) {
            return new JournalView(e.id, e.relationshipId, e.authorPersonId, e.text, e.shared, e.createdAt, e.updatedAt);
        }
    }
}
