package io.tandem.matching.engine;

/** What an optimal matching maximises. */
public enum Objective {
    /** As many matched mentees as possible; among those assignments, the largest total score. */
    MOST_PARTICIPATION,
    /** The largest total score, even if fewer mentees are matched. */
    HIGHEST_SCORE
}
