package io.tandem.matching.relationship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "PhaseChange", description = "One step of a relationship's history; from equals to for an extension of the planned end.")
public record PhaseChangeView(@Schema(nullable = true) RelationshipPhase from, RelationshipPhase to,
                              @Schema(description = "Person id of who made the change, or `system`.", maxLength = 200) String changedBy,
                              @Schema(nullable = true, maxLength = 1000) String reason, Instant at) {

    static PhaseChangeView of(PhaseChange c) {
        return new PhaseChangeView(c.fromPhase, c.toPhase, c.changedBy, c.reason, c.createdAt);
    }
}
