package io.tandem.matching.relationship;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tandem.matching.participant.ParticipantProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Relationship", description = "A mentoring relationship: how it began, its phase, its agreement and, once closed, how it ended.")
public record RelationshipView(UUID id, UUID programmeId,
                               @Schema(maxLength = ParticipantProfile.MAX_ID) String mentorId,
                               @Schema(maxLength = ParticipantProfile.MAX_ID) String menteeId,
                               OriginView origin,
                               @Schema(nullable = true, description = "The accepted proposal it grew from.") UUID proposalId,
                               LocalDate startedOn,
                               @Schema(description = "Start plus the programme's minimum duration, unless extended.") LocalDate plannedEndOn,
                               RelationshipPhase phase,
                               @Schema(nullable = true) LocalDate endedOn,
                               @Schema(description = "Closed before the planned end.") boolean endedEarly,
                               @Schema(nullable = true) EndReason endReason,
                               @Schema(nullable = true, maxLength = 1000) String endNote,
                               @Schema(nullable = true, description = "Closed into a peer relationship (redefinition).") Boolean continuesAsPeers,
                               @Schema(nullable = true) Agreement agreement,
                               @Schema(nullable = true) Instant mentorConfirmedAt,
                               @Schema(nullable = true) Instant menteeConfirmedAt,
                               @Schema(description = "Both sides confirmed the current agreement.") boolean agreementConfirmed,
                               Instant createdAt, Instant updatedAt) {

    @Schema(name = "RelationshipOrigin")
    public enum OriginView {
        @JsonProperty("proposal") PROPOSAL,
        @JsonProperty("informal") INFORMAL
    }

    public static RelationshipView of(Relationship r) {
        return new RelationshipView(r.id, r.programmeId, r.mentorPersonId, r.menteePersonId, OriginView.valueOf(r.origin.name()), r.proposalId,
                r.startedOn, r.plannedEndOn, r.phase, r.endedOn, r.endedEarly, r.endReason, r.endNote, r.continuesAsPeers, r.agreement,
                r.mentorConfirmedAt, r.menteeConfirmedAt, r.mentorConfirmedAt != null && r.menteeConfirmedAt != null, r.createdAt,
                r.updatedAt);
    }
}
