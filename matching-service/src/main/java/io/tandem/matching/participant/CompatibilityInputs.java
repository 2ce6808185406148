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

    public static final List<String> MOTIVE_SCALES = List.of("other-focused", "self-focused");
    public static final List<String> NEED_SCALES = List.of("support-need");
    /** Answer range of the motive and needs items (7-point agreement, as the built-in mentor-motives and mentee-needs). */
    static final double SCALE_MIN = 1;
    static final double SCALE_MAX = 7;
    /** Range of the profile's supportNeed field. */
    static final double PROFILE_NEED_MAX = 1000;

    private CompatibilityInputs() {
    }

    /**
     * @param measuredNeed the mentee's support-need score from mentee-needs, or null; used when the programme takes the need from the survey
     */
    public static Person person(ParticipantView p, Instant at, MatchingSettings.SupportNeedSource source, Double measuredNeed) {
        Integer offset = p.timeZone() == null ? null : ZoneId.of(p.timeZone()).getRules().getOffset(at).getTotalSeconds() / 60;
        Set<String> tracks = new HashSet<>(p.pastTracks());
        if (p.currentTrack() != null) {
            tracks.add(p.currentTrack());
        }
        Set<String> values = new HashSet<>(p.values());
        values.addAll(p.workStyle());
        return new Person(p.personId(), p.managerId(), p.careerStage(), offset, Set.copyOf(p.languages()), Set.copyOf(p.skillsOffered()),
                Set.copyOf(p.learningGoals()), Set.copyOf(p.learningInterests()), Set.copyOf(p.aspirations()), tracks,
                Set.copyOf(p.challengesOvercome()), Set.copyOf(p.currentChallenges()), values, need(p, source, measuredNeed),
                p.managerChain());
    }

    private static Double need(ParticipantView p, MatchingSettings.SupportNeedSource source, Double measured) {
        if (source == MatchingSettings.SupportNeedSource.PROFILE) {
            return p.supportNeed() == null ? null : p.supportNeed() / PROFILE_NEED_MAX;
        }
        return measured == null ? null : (measured - SCALE_MIN) / (SCALE_MAX - SCALE_MIN);
    }

    /** A mentee's support-need score from their latest mentee-needs response, or null. */
    public static Double measuredNeed(Map<String, Double> scores) {
        return scores == null ? null : scores.get("support-need");
    }

    /** A mentor's motives from one mentor-motives response (both scales), or null without both. */
    public static Motives motives(Map<String, Double> scores) {
        if (scores == null || !scores.containsKey("other-focused") || !scores.containsKey("self-focused")) {
            return null;
        }
        return new Motives(scores.get("other-focused"), scores.get("self-focused"), SCALE_MIN, SCALE_MAX);
    }


    public static MatchingRules rules(ProgrammeView programme, MatchingSettings settings, List<ParticipantView> everyone) {
        MatchingSettings.Weights w = settings.effectiveWeights();
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
