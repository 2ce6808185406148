package io.tandem.matching.relationship;

import io.tandem.matching.participant.ParticipantProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Request bodies of the relationship endpoints. */
final class RelationshipRequests {

    private RelationshipRequests() {
    }

    @Schema(name = "InformalPair", example = "{\"mentorId\": \"emp-20881\", \"menteeId\": \"emp-10442\", \"note\": \"Met at the architecture guild\"}")
    record InformalPair(@NotBlank @Size(max = ParticipantProfile.MAX_ID) String mentorId,
                        @NotBlank @Size(max = ParticipantProfile.MAX_ID) String menteeId,
                        @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }

    @Schema(name = "PhaseMove", example = "{\"phase\": \"redefinition\", \"reason\": \"We reached our goals and keep meeting as peers.\", \"endReason\": \"goals-met\"}",
            description = "initiation → cultivation → separation → redefinition or ended; ended is allowed from any active phase. "
                    + "Closing (redefinition, ended) needs endReason.")
    record PhaseMove(@NotNull RelationshipPhase phase,
                     @Size(max = 1000) @Schema(maxLength = 1000) String reason,
                     @Schema(nullable = true) EndReason endReason) {
    }

    @Schema(name = "RelationshipExtension", example = "{\"plannedEndOn\": \"2027-12-31\", \"reason\": \"One more goal to finish\"}")
    record Extension(@NotNull LocalDate plannedEndOn, @Size(max = 500) @Schema(maxLength = 500) String reason) {
    }
}
