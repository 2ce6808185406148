package io.tandem.matching.run;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.fairness.ScoreDistribution;
import io.tandem.matching.participant.ParticipantService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The fairness report as the API shows it; the rule itself is plain code in {@code fairness}. */
@Schema(name = "FairnessReport", description = "Score distribution and match rate overall and per attribute group.")
public record FairnessView(ScoreDistribution overall, int minGroupSize,
                           @Schema(description = "At most one group per attribute value present (10 attributes per participant).",
                                   maxItems = MAX_GROUPS) List<Group> groups) {

    static final int MAX_GROUPS = 10 * ParticipantService.MAX_BULK;

    @Schema(name = "FairnessGroup", description = "Figures are absent below the minimum group size; note then says why.")
    public record Group(@Schema(maxLength = 50) String attribute, @Schema(maxLength = 100) String value,
                        @Schema(nullable = true) Integer people, @Schema(nullable = true) ScoreDistribution distribution,
                        @Schema(nullable = true, maxLength = 200) String note) {
    }

    static FairnessView of(FairnessReport.Report report) {
        return new FairnessView(report.overall(), report.minGroupSize(), report.groups().stream()
                .map(g -> new Group(g.attribute(), g.value(), g.people(), g.distribution(), g.note())).toList());
    }
}
