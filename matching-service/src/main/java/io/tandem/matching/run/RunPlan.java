package io.tandem.matching.run;

import io.tandem.matching.proposal.DraftPair;

import java.util.List;

/** What a run decided, before it is stored. */
record RunPlan(String inputHash, List<MatchingRun.Left> excludedMentors, List<MatchingRun.Left> unmatchedMentees, RunSummary summary,
               List<DraftPair> proposals) {
}
