package io.tandem.matching.run;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of a run. Score statistics are over the proposed pairs (null when there are none). */
@Schema(name = "RunSummary")
public record RunSummary(int mentors, int eligibleMentors,
                         @Schema(description = "Active mentees to match in this run (those in accepted pairs are not matched again).") int mentees,
                         @Schema(description = "Accepted pairs kept from earlier runs.") int fixedPairs, long allowedPairs, int matched, int unmatched,
                         long totalScore, Double meanScore, Integer minScore, Integer medianScore, Integer maxScore,
                         @Schema(description = "What the greedy baseline (best scores first) would have matched.") int greedyMatched,
                         long greedyTotalScore,
                         @Schema(description = "Time to score every pair.") long compatibilityMillis,
                         @Schema(description = "Time the engine took.") long solveMillis) {
}
