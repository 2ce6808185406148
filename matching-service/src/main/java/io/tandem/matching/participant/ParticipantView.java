package io.tandem.matching.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Participant", description = "A person enrolled in a programme, with normalised tags.")
public record ParticipantView(UUID id, UUID programmeId, String personId, ParticipantRole role, ParticipantStatus status,
                              String displayName, Integer careerStage, String currentTrack, String managerId, String timeZone,
                              Integer mentorCapacity, Integer supportNeed, List<String> languages, List<String> skillsOffered,
                              List<String> learningGoals, List<String> learningInterests, List<String> aspirations,
                              List<String> pastTracks, List<String> challengesOvercome, List<String> currentChallenges,
                              List<String> values, List<String> workStyle, Map<String, String> diversity, List<String> preferences, Instant createdAt,
                              Instant updatedAt) {

    public static ParticipantView of(Participant p) {
        return new ParticipantView(p.id, p.programmeId, p.personId, p.role, p.status, p.displayName, p.careerStage, p.currentTrack,
                p.managerId, p.timeZone, p.mentorCapacity, p.supportNeed, p.languages, p.skillsOffered, p.learningGoals,
                p.learningInterests, p.aspirations, p.pastTracks, p.challengesOvercome, p.currentChallenges, p.values, p.workStyle,
                p.diversity, p.preferences, p.createdAt, p.updatedAt);
    }
}
