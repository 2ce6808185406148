package io.tandem.matching.compatibility;

/** The parts of a pair's compatibility score; each is scored 0..1000. */
public enum Factor {
    GOAL_FIT, RECIPROCITY, IDENTIFICATION, MOTIVE_FIT, LOGISTICS
}
