package io.tandem.matching.run;

import io.tandem.matching.participant.ParticipantProfile;

import io.tandem.matching.compatibility.PairAssessment;
import io.tandem.matching.proposal.FactorView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "PairExplanation", description = "Why a pair scores what it does, or which hard rule removes it, in words.")
public record PairExplanation(@Schema(maxLength = ParticipantProfile.MAX_ID) String mentorId,
                              @Schema(maxLength = ParticipantProfile.MAX_ID) String menteeId, boolean allowed,
                              @Schema(nullable = true) Integer score,
                              @Schema(nullable = true, example = "management-chain", enumeration = {"same-person", "management-chain", "seniority", "exclusion", "no-shared-language"}) String removedBy,
                              @Schema(nullable = true, maxLength = 500) String reason, @Schema(maxItems = 5) List<FactorView> factors) {

    static PairExplanation of(PairAssessment a) {
        return new PairExplanation(a.mentorId(), a.menteeId(), a.allowed(), a.allowed() ? a.score() : null,
                a.removedBy() == null ? null : a.removedBy().name().toLowerCase(Locale.ROOT).replace('_', '-'), a.removalReason(),
                a.factors().stream().map(FactorView::of).toList());
    }
}
