package io.tandem.matching.me;

import io.tandem.matching.participant.ParticipantProfile;
import io.tandem.matching.participant.ParticipantRole;
import io.tandem.matching.participant.ParticipantStatus;
import io.tandem.matching.participant.ParticipantView;
import io.tandem.matching.programme.ProgrammeStatus;
import io.tandem.matching.programme.ProgrammeView;
import io.tandem.matching.proposal.ProposalView;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a mentor or mentee sees of their own programmes and proposals. */
final class MyViews {

    private MyViews() {
    }

    @Schema(name = "MyProgramme", description = "A programme the caller is enrolled in, with their role and status in it.")
    record MyProgramme(UUID programmeId, @Schema(maxLength = 200) String name, ProgrammeStatus programmeStatus, LocalDate startsOn,
                       LocalDate endsOn, ParticipantRole role, ParticipantStatus status) {
        static MyProgramme of(ProgrammeView programme, ParticipantView me) {
            return new MyProgramme(programme.id(), programme.name(), programme.status(), programme.startsOn(), programme.endsOn(), me.role(),
                    me.status());
        }
    }

    /**
     * The role-model side of a mentor's profile, for a mentee choosing among recommendations: their track,
     * past tracks and challenges, what they offer. Never contact, private or self-identified fields.
     */
    @Schema(name = "MentorPublicProfile")
    record MentorProfile(@Schema(maxLength = ParticipantProfile.MAX_ID) String personId, @Schema(nullable = true, maxLength = 200) String displayName,
                         @Schema(nullable = true, maxLength = ParticipantProfile.MAX_TAG) String currentTrack,
                         @Schema(maxItems = ParticipantProfile.MAX_TAGS) List<@Size(max = ParticipantProfile.MAX_TAG) String> pastTracks,
                         @Schema(maxItems = ParticipantProfile.MAX_TAGS) List<@Size(max = ParticipantProfile.MAX_TAG) String> challengesOvercome,
                         @Schema(maxItems = ParticipantProfile.MAX_TAGS) List<@Size(max = ParticipantProfile.MAX_TAG) String> skillsOffered,
                         @Schema(maxItems = ParticipantProfile.MAX_TAGS) List<@Size(max = ParticipantProfile.MAX_TAG) String> languages) {
        static MentorProfile of(ParticipantView p) {
            return new MentorProfile(p.personId(), p.displayName(), p.currentTrack(), p.pastTracks(), p.challengesOvercome(), p.skillsOffered(),
                    p.languages());
        }
    }

    @Schema(name = "MyProposal", description = "A proposal as its mentor or mentee sees it; the mentee also sees the mentor's public profile.")
    record MyProposal(ProposalView proposal, @Schema(nullable = true) MentorProfile mentor) {
    }
}
