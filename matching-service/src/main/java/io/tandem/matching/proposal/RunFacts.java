package io.tandem.matching.proposal;

import io.tandem.matching.programme.MatchingSettings;

import java.util.Set;
import java.util.UUID;

/**
 * What the proposal feature needs to know of the run that made a proposal. Implemented by the run
 * feature, so proposals never import runs (runs make proposals, not the other way round).
 */
public interface RunFacts {

    /** The run's settings, the mentors it excluded, and whether it is published. */
    Run of(UUID runId);

    record Run(UUID id, MatchingSettings settings, Set<String> excludedMentors, boolean published) {
    }
}
