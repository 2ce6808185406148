package io.tandem.matching.run;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.fairness.GroupFigures;
import io.tandem.matching.participant.ParticipantService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The fairness report as the API shows it; the rule itself is plain code in {@code fairness}. */
@Schema(name = "FairnessReport", description = "Match rate and scores of the run's mentees, counted as people, overall and per attribute "
        + "group. Disclosure: no figures for a group under minGroupSize (the tenant's setting, at least 5 here); when exactly one "
        + "group of an attribute is hidden, the next-smallest is hidden too, so no hidden group can be worked out from the total; "
        + "no minimum or maximum is ever given.")
public record FairnessView(@Schema(nullable = true, description = "Absent when the run has fewer mentees than minGroupSize.") Figures overall,
                           @Schema(minimum = "5", maximum = "1000") int minGroupSize,
                           @Schema(description = "At most one group per attribute value present (10 attributes per participant).",
                                   maxItems = MAX_GROUPS) List<Group> groups) {

    static final int MAX_GROUPS = 10 * ParticipantService.MAX_BULK;

    @Schema(name = "FairnessFigures", description = "Each figure with its n: people is the n of the match rate, matched the n of the scores.")
    public record Figures(@Schema(description = "Mentees in the group (people, not proposals).", maximum = "10000000") int people,
                          @Schema(description = "Of whom have a standing proposal nobody declined.", maximum = "10000000") int matched,
                          @Schema(description = "matched / people.", minimum = "0", maximum = "1") double matchRate,
                          @Schema(description = "Wilson 95% interval of the match rate: lower end.", minimum = "0", maximum = "1") double matchRateLow,
                          @Schema(description = "Upper end.", minimum = "0", maximum = "1") double matchRateHigh,
                          @Schema(nullable = true, description = "Mean compatibility score of the matched (n = matched).", maximum = "1000") Double scoreMean,
                          @Schema(nullable = true, maximum = "1000") Double scoreP25,
                          @Schema(nullable = true, maximum = "1000") Double scoreMedian,
                          @Schema(nullable = true, maximum = "1000") Double scoreP75) {

        static Figures of(GroupFigures f) {
            return f == null ? null : new Figures(f.people(), f.matched(), f.matchRate(), f.matchRateLow(), f.matchRateHigh(), f.scoreMean(),
                    f.scoreP25(), f.scoreMedian(), f.scoreP75());
        }
    }

    @Schema(name = "FairnessGroup", description = "Figures are absent for a hidden group; note then says why.")
    public record Group(@Schema(maxLength = 50) String attribute, @Schema(maxLength = 100) String value,
                        @Schema(nullable = true) Figures figures, @Schema(nullable = true, maxLength = 200) String note) {
    }

    static FairnessView of(FairnessReport.Report report) {
        return new FairnessView(Figures.of(report.overall()), report.minGroupSize(), report.groups().stream()
                .map(g -> new Group(g.attribute(), g.value(), Figures.of(g.figures()), g.note())).toList());
    }
}
