package io.tandem.matching.participant;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the participant search needs to know of a programme's pairs. Implemented by the proposal
 * feature, so participants never import proposals.
 */
public interface ProgrammeMatches {

    /** Places each mentor holds now (mentors holding none are absent). */
    Map<String, Integer> placesHeld(UUID programmeId);

    /** Everyone in an accepted pair. */
    Set<String> matchedPeople(UUID programmeId);
}
