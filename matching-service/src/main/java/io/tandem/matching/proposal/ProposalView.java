package io.tandem.matching.proposal;

import io.tandem.matching.compatibility.FactorScore;
import io.tandem.matching.participant.ParticipantProfile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Proposal", description = "A proposed pair with its score and factor breakdown.")
public record ProposalView(UUID id, UUID runId, UUID programmeId, @Schema(example = "emp-20881", maxLength = ParticipantProfile.MAX_ID) String mentorId,
                           @Schema(example = "emp-10442", maxLength = ParticipantProfile.MAX_ID) String menteeId,
                           @Schema(example = "712") int score,
                           @Schema(description = "proposed, published, accepted (both sides), declined (either side) or withdrawn",
                                   example = "proposed", enumeration = {"proposed", "published", "accepted", "declined", "withdrawn"}) String status,
                           @Schema(nullable = true, example = "accepted", enumeration = {"accepted", "declined"}) String mentorDecision,
                           @Schema(nullable = true, enumeration = {"accepted", "declined"}) String menteeDecision,
                           @Schema(nullable = true, description = "Set after a manager's override: the engine's mentor.", maxLength = ParticipantProfile.MAX_ID) String originalMentorId,
                           @Schema(nullable = true, description = "Set after an override: the engine's score; score - originalScore is the impact.")
                           Integer originalScore,
                           @Schema(nullable = true, description = "Mentee-choice runs: place in the mentee's recommendations, from 1.")
                           Integer recommendationRank,
                           @Schema(maxItems = 5) List<FactorView> factors) {

    /**
     * What a mentor or mentee sees of their own proposal: only factors built from profile fields both may
     * see, and a score from those factors alone, so nothing of either person's survey answers shows.
     */
    public static ProposalView forParticipant(Proposal p) {
        List<FactorScore> visible = p.factors.stream().filter(f -> f.factor().visibleToParticipants()).toList();
        return new ProposalView(p.id, p.runId, p.programmeId, p.mentorPersonId, p.menteePersonId, FactorScore.pairScore(visible), p.status.name().toLowerCase(),
                lower(p.mentorDecision), lower(p.menteeDecision), p.originalMentorPersonId, null, p.recommendationRank,
                visible.stream().map(FactorView::of).toList());
    }

    public static ProposalView of(Proposal p) {
        return new ProposalView(p.id, p.runId, p.programmeId, p.mentorPersonId, p.menteePersonId, p.score, p.status.name().toLowerCase(),
                lower(p.mentorDecision), lower(p.menteeDecision), p.originalMentorPersonId, p.originalScore, p.recommendationRank,
                p.factors.stream().map(FactorView::of).toList());
    }

    private static String lower(Decision decision) {
        return decision == null ? null : decision.name().toLowerCase();
    }
}
