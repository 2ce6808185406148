package io.tandem.matching.participant;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tandem.matching.participant.ParticipantProfile.MAX_ID;
import static io.tandem.matching.participant.ParticipantProfile.MAX_PREFERENCES;
import static io.tandem.matching.participant.ParticipantProfile.MAX_TAG;
import static io.tandem.matching.participant.ParticipantProfile.MAX_TAGS;

@Schema(name = "Participant", description = "A person enrolled in a programme, with normalised tags.")
public record ParticipantView(UUID id, UUID programmeId, @Schema(maxLength = MAX_ID) String personId, ParticipantRole role,
                              ParticipantStatus status, @Schema(nullable = true, maxLength = 200) String displayName,
                              Integer careerStage, @Schema(nullable = true, maxLength = MAX_TAG) String currentTrack,
                              @Schema(nullable = true, maxLength = MAX_ID) String managerId,
                              @Schema(maxItems = ParticipantProfile.MAX_CHAIN) List<@Size(max = MAX_ID) String> managerChain,
                              @Schema(nullable = true, maxLength = 64) String timeZone,
                              Integer mentorCapacity, Integer supportNeed, @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> languages,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> skillsOffered,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> learningGoals,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> learningInterests,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> aspirations,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> pastTracks,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> challengesOvercome,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> currentChallenges,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> values,
                              @Schema(maxItems = MAX_TAGS) List<@Size(max = MAX_TAG) String> workStyle,
                              Map<@Size(max = 50) String, @Size(max = 100) String> diversity,
                              @Schema(maxItems = MAX_PREFERENCES) List<@Size(max = MAX_ID) String> preferences, Instant createdAt,
                              Instant updatedAt, Consent researchConsent, Consent diversityConsent) {

    @Schema(name = "Consent", description = "Whether the person agreed, and when that was recorded.")
    public record Consent(boolean given, Instant recordedAt) {
    }

    /** How many mentees this person may mentor at once: their own capacity, or else the programme's default. */
    public int capacity(int programmeDefault) {
        return mentorCapacity != null ? mentorCapacity : programmeDefault;
    }

    public static ParticipantView of(Participant p) {
        return new ParticipantView(p.id, p.programmeId, p.personId, p.role, p.status, p.displayName, p.careerStage, p.currentTrack,
                p.managerId, p.managerChain, p.timeZone, p.mentorCapacity, p.supportNeed, p.languages, p.skillsOffered, p.learningGoals,
                p.learningInterests, p.aspirations, p.pastTracks, p.challengesOvercome, p.currentChallenges, p.values, p.workStyle,
                p.diversity, p.preferences, p.createdAt, p.updatedAt, new Consent(p.researchConsent, p.researchConsentAt),
                new Consent(p.diversityConsent, p.diversityConsentAt));
    }
}
