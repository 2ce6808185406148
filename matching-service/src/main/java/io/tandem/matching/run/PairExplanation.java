package io.tandem.matching.run;

import io.tandem.matching.compatibility.PairAssessment;
import io.tandem.matching.proposal.FactorView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "PairExplanation", description = "Why a pair scores what it does, or which hard rule removes it, in words.")
public record PairExplanation(String mentorId, String menteeId, boolean allowed, @Schema(nullable = true) Integer score,
                              @Schema(nullable = true, example = "management-chain") String removedBy,
                              @Schema(nullable = true) String reason, List<FactorView> factors) {

    static PairExplanation of(PairAssessment a) {
        return new PairExplanation(a.mentorId(), a.menteeId(), a.allowed(), a.allowed() ? a.score() : null,
                a.removedBy() == null ? null : a.removedBy().name().toLowerCase(Locale.ROOT).replace('_', '-'), a.removalReason(),
                a.factors().stream().map(FactorView::of).toList());
    }
}
