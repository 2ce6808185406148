package io.tandem.matching.compatibility;

/** The parts of a pair's compatibility score; each is scored 0..1000. */
public enum Factor {
    GOAL_FIT, RECIPROCITY, IDENTIFICATION, MOTIVE_FIT, LOGISTICS;

    /**
     * Whether the factor is built only from profile fields both people may see. Motive fit is built from
     * survey scores (the mentor's motives, the mentee's need): showing it to either side would break
     * questionnaire confidentiality and invite faking.
     */
    public boolean visibleToParticipants() {
        return this != MOTIVE_FIT;
    }
}
