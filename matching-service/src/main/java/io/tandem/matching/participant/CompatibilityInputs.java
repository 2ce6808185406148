package io.tandem.matching.participant;

import io.tandem.matching.compatibility.Factor;
import io.tandem.matching.compatibility.HardRule;
import io.tandem.matching.compatibility.MatchingRules;
import io.tandem.matching.compatibility.Motives;
import io.tandem.matching.compatibility.PairingKind;
import io.tandem.matching.compatibility.Person;
import io.tandem.matching.programme.MatchingSettings;
import io.tandem.matching.programme.ProgrammeView;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translates stored participants, programme settings and survey scores into the compatibility model's terms. */
public final class CompatibilityInputs {

    public static final String MOTIVES_INSTRUMENT = "mentor-motives";
    public static final List<String> MOTIVE_SCALES = List.of("other-focused", "self-focused", "personal-learning", "career-advancement", "recognition");

    private CompatibilityInputs() {
    }

    public static Person person(ParticipantView p, Instant at) {
        Integer offset = p.timeZone() == null ? null : ZoneId.of(p.timeZone()).getRules().getOffset(at).getTotalSeconds() / 60;
        Set<String> tracks = new HashSet<>(p.pastTracks());
        if (p.currentTrack() != null) {
            tracks.add(p.currentTrack());
        }
        Set<String> values = new HashSet<>(p.values());
        values.addAll(p.workStyle());
        return new Person(p.personId(), p.managerId(), p.careerStage(), offset, Set.copyOf(p.languages()), Set.copyOf(p.skillsOffered()),
                Set.copyOf(p.learningGoals()), Set.copyOf(p.learningInterests()), Set.copyOf(p.aspirations()), tracks,
                Set.copyOf(p.challengesOvercome()), Set.copyOf(p.currentChallenges()), values, p.supportNeed());
    }

    /** A mentor's motives from their latest mentor-motives scores, or null without both composite scales. */
    public static Motives motives(Map<String, Double> scores) {
        if (scores == null || !scores.containsKey("other-focused") || !scores.containsKey("self-focused")) {
            return null;
        }
        return new Motives(scores.get("other-focused"), scores.get("self-focused"), scores.get("personal-learning"),
                scores.get("career-advancement"), scores.get("recognition"));
    }


    public static MatchingRules rules(ProgrammeView programme, MatchingSettings settings, List<ParticipantView> everyone) {
        MatchingSettings.Weights w = settings.weights();
        Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
        weights.put(Factor.GOAL_FIT, w.goalFit());
        weights.put(Factor.RECIPROCITY, w.reciprocity());
        weights.put(Factor.IDENTIFICATION, w.identification());
        weights.put(Factor.MOTIVE_FIT, w.motiveFit());
        weights.put(Factor.LOGISTICS, w.logistics());
        EnumSet<HardRule> rules = EnumSet.of(HardRule.SAME_PERSON);
        for (MatchingSettings.Rule rule : settings.hardRules()) {
            rules.add(HardRule.valueOf(rule.name()));
        }
        Set<Set<String>> exclusions = new HashSet<>();
        settings.exclusions().forEach(pair -> exclusions.add(Set.of(pair.get(0), pair.get(1))));
        Map<String, String> managerOf = new HashMap<>();
        everyone.forEach(p -> {
            if (p.managerId() != null) {
                managerOf.put(p.personId(), p.managerId());
            }
        });
        PairingKind kind = PairingKind.valueOf(programme.type().name());
        return new MatchingRules(weights, rules, kind, exclusions, managerOf);
    }
}
