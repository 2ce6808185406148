package io.tandem.matching.programme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Programme", description = "A mentoring programme.")
public record ProgrammeView(
        UUID id,
        @Schema(maxLength = 200) String name,
        @Schema(nullable = true, maxLength = 2000) String description,
        ProgrammeType type,
        ProgrammeStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        int defaultMentorCapacity,
        MatchingSettings settings,
        Instant createdAt,
        Instant updatedAt) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.name, p.description, p.type, p.status, p.startsOn, p.endsOn,
                p.defaultMentorCapacity, p.settings.withDefaults(), p.createdAt, p.updatedAt);
    }
}
