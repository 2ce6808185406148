package io.tandem.matching.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagSynonym", example = "{\"alias\": \"k8s\", \"canonical\": \"kubernetes\"}", description = "Tags equal to alias (after normalisation) are stored as canonical from now on.")
public record TagSynonymRequest(
        @NotBlank @Size(max = ParticipantProfile.MAX_TAG) @Schema(example = "JVM") String alias,
        @NotBlank @Size(max = ParticipantProfile.MAX_TAG) @Schema(example = "java") String canonical) {
}
