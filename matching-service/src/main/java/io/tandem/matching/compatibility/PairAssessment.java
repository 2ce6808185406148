package io.tandem.matching.compatibility;

import java.util.List;

/**
 * The compatibility of one mentor-mentee pair: a score 0..1000 (the weighted mean of the factors,
 * rounded half up) with its breakdown, or the hard rule that removes the pair.
 */
public record PairAssessment(String mentorId, String menteeId, int score, List<FactorScore> factors, HardRule removedBy,
                             String removalReason) {

    public boolean allowed() {
        return removedBy == null;
    }
}
