package io.tandem.matching.proposal;

import io.tandem.matching.compatibility.FactorScore;

import java.util.List;

/** A pair a run proposes, before it is stored as a proposal of that run. */
public record DraftPair(String mentorId, String menteeId, int score, List<FactorScore> factors, Integer recommendationRank) {
}
