package io.tandem.matching.run;

import io.tandem.matching.participant.ParticipantView;
import io.tandem.matching.programme.MatchingSettings;
import io.tandem.matching.programme.ProgrammeView;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a run reads from the database, loaded in one short read transaction before any remote
 * call. The entities are detached copies.
 *
 * @param held        places each mentor holds before this run (accepted pairs, whichever run made them)
 * @param fixedPairs  accepted pairs as "mentor\0mentee", sorted; the store step checks they did not change
 * @param earlierPairs pairs proposed in any earlier run, when the programme avoids re-pairing
 */
record RunInputs(ProgrammeView programme, MatchingSettings settings, List<ParticipantView> everyone, List<ParticipantView> mentorCandidates,
                 List<ParticipantView> mentees, Set<String> fixedMentees, Map<String, Integer> held, List<String> fixedPairs,
                 Set<String> earlierPairs) {

    List<String> mentorIds() {
        return mentorCandidates.stream().map(p -> p.personId()).toList();
    }
}
