package io.tandem.matching.run;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Proposal", description = "A proposed pair with its score and factor breakdown.")
public record ProposalView(UUID id, UUID runId, @Schema(example = "emp-20881") String mentorId, @Schema(example = "emp-10442") String menteeId,
                           @Schema(example = "712") int score, @Schema(example = "proposed") String status, List<FactorView> factors) {

    static ProposalView of(Proposal p) {
        return new ProposalView(p.id, p.runId, p.mentorPersonId, p.menteePersonId, p.score, p.status.name().toLowerCase(),
                p.factors.stream().map(FactorView::of).toList());
    }
}
