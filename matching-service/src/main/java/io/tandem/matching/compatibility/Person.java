package io.tandem.matching.compatibility;

import java.util.List;
import java.util.Set;

/**
 * What the compatibility model knows of a participant. Tags are already normalised (lower case,
 * trimmed, synonyms resolved), so set intersection is the comparison.
 *
 * @param level              career stage, higher is more senior; null when unknown
 * @param utcOffsetMinutes   current offset of the person's time zone; null when unknown
 * @param skillsOffered      what the person can teach (mentor: to the mentee; mentee: in reverse)
 * @param learningGoals      what a mentee wants to learn
 * @param learningInterests  what a mentor would like to learn from a mentee
 * @param aspirations        the mentee's future self: roles and tracks they aim for
 * @param tracks             current and past tracks/roles (the mentor's present and past self)
 * @param challengesOvercome challenges the mentor has been through (past self)
 * @param currentChallenges  challenges the mentee faces now
 * @param values             values and work style (present self)
 * @param supportNeed        the mentee's measured need for support as a share of its scale, 0..1; null when not measured
 * @param managerChain       the person's managers from the HR platform, nearest first (may name people not enrolled)
 */
public record Person(String id, String managerId, Integer level, Integer utcOffsetMinutes, Set<String> languages,
                     Set<String> skillsOffered, Set<String> learningGoals, Set<String> learningInterests,
                     Set<String> aspirations, Set<String> tracks, Set<String> challengesOvercome,
                     Set<String> currentChallenges, Set<String> values, Double supportNeed, List<String> managerChain) {

    public Person {
        if (supportNeed != null && !(supportNeed >= 0 && supportNeed <= 1)) {
            throw new IllegalArgumentException("support need is a share, 0..1");
        }
        managerChain = managerChain == null ? List.of() : List.copyOf(managerChain);
        languages = copy(languages);
        skillsOffered = copy(skillsOffered);
        learningGoals = copy(learningGoals);
        learningInterests = copy(learningInterests);
        aspirations = copy(aspirations);
        tracks = copy(tracks);
        challengesOvercome = copy(challengesOvercome);
        currentChallenges = copy(currentChallenges);
        values = copy(values);
    }

    private static Set<String> copy(Set<String> tags) {
        return tags == null ? Set.of() : Set.copyOf(tags);
    }
}
