package io.tandem.matching.participant;

import io.tandem.support.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ParticipantRowResult")
public record BulkRowResult(
        @Schema(description = "Position in the upload, from 0 (CSV: data rows, header excluded).") int row,
        @Schema(nullable = true, maxLength = ParticipantProfile.MAX_ID) String personId,
        @Schema(description = "created, updated or refused", enumeration = {"created", "updated", "refused"}) String outcome,
        @Schema(nullable = true) UUID participantId,
        @Schema(maxItems = 100) List<FieldError> errors) {
}
