package io.tandem.matching.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a mentor-mentee pair 0..1000 with a breakdown by factor, after the hard rules. Integer
 * arithmetic where it decides ties, so a run is exactly reproducible. Formulas (each factor 0..1000;
 * "share" is the rounded share of the first set found in the second):
 * <ul>
 *   <li>GOAL_FIT: share of the mentee's learning goals among the mentor's skills offered.</li>
 *   <li>RECIPROCITY: share of the mentor's learning interests among the mentee's skills offered.</li>
 *   <li>IDENTIFICATION: mean of the parts that have data: future self (share of the mentee's
 *       aspirations among the mentor's tracks and skills), past self (share of the mentee's current
 *       challenges among those the mentor overcame), present self (Jaccard overlap of values).</li>
 *   <li>MOTIVE_FIT: both motive scores on 0..1 of the instrument's answer range, o (other-focused)
 *       and s (self-focused); the mentor's standing g = (o + (1 - s)) / 2; the mentee's measured
 *       need n (0..1); fit = 1000 (n g + (1 - n) / 2). It rises with the other-focused score, falls
 *       with the self-focused score (for any need above 0), and the more a mentee needs support
 *       the more the mentor's motives count; a mentee who needs none is indifferent (500).
 *       Reciprocity is its own factor and is not counted here again.</li>
 *   <li>LOGISTICS: 1000 at the same UTC offset, falling linearly to 0 at 8 hours apart.</li>
 * </ul>
 * A factor without data for the pair is left out, not guessed: the pair's score is the weighted
 * mean of the factors that have data (weights renormalised, rounded half up), and the factor's
 * explanation says so. With no weighted factor measured the score is 0.
 */
public final class CompatibilityModel {

    /** Motive fit of a mentee who needs no support: motives neither help nor hurt. */
    static final int INDIFFERENT = 500;
    static final int LOGISTICS_ZERO_AT_MINUTES = 8 * 60;

    private final MatchingRules rules;
    /** Whether factor methods build their explanations; a model instance is used by one thread at a time. */
    private boolean explain;

    public CompatibilityModel(MatchingRules rules) {
        this.rules = rules;
    }

    /** @param motives the mentor's motive scores, or null when there are none */
    public PairAssessment assess(Person mentor, Person mentee, Motives motives) {
        return assess(mentor, mentee, motives, true);
    }

    /** The score alone (no explanations are built), or -1 when a hard rule removes the pair: the fast path of a run. */
    public int score(Person mentor, Person mentee, Motives motives) {
        PairAssessment pair = assess(mentor, mentee, motives, false);
        return pair.allowed() ? pair.score() : -1;
    }

    private PairAssessment assess(Person mentor, Person mentee, Motives motives, boolean explain) {
        this.explain = explain;
        Removal removal = removal(mentor, mentee);
        if (removal != null) {
            return new PairAssessment(mentor.id(), mentee.id(), 0, List.of(), removal.rule(), removal.reason());
        }
        List<FactorScore> factors = new ArrayList<>();
        factors.add(goalFit(mentor, mentee));
        factors.add(reciprocity(mentor, mentee));
        factors.add(identification(mentor, mentee));
        factors.add(motiveFit(mentee, motives));
        factors.add(logistics(mentor, mentee));
        int score = FactorScore.pairScore(factors);
        return new PairAssessment(mentor.id(), mentee.id(), score, List.copyOf(factors), null, null);
    }

    private record Removal(HardRule rule, String reason) {
    }

    /** The first hard rule that removes the pair, with the reason in words, or null. */
    private Removal removal(Person mentor, Person mentee) {
        if (mentor.id().equals(mentee.id())) {
            return new Removal(HardRule.SAME_PERSON, "a person cannot mentor themselves");
        }
        Set<HardRule> on = rules.hardRules();
        if (on.contains(HardRule.MANAGEMENT_CHAIN)) {
            if (inChainAbove(mentor, mentee)) {
                return new Removal(HardRule.MANAGEMENT_CHAIN, mentor.id() + " is in " + mentee.id() + "'s management chain");
            }
            if (inChainAbove(mentee, mentor)) {
                return new Removal(HardRule.MANAGEMENT_CHAIN, mentee.id() + " is in " + mentor.id() + "'s management chain");
            }
        }
        if (on.contains(HardRule.SENIORITY) && rules.kind() != PairingKind.PEER && mentor.level() != null && mentee.level() != null) {
            if (rules.kind() == PairingKind.CLASSIC && mentor.level() <= mentee.level()) {
                return new Removal(HardRule.SENIORITY, "the mentor (level " + mentor.level() + ") is not more senior than the mentee (level " + mentee.level() + ")");
            }
            if (rules.kind() == PairingKind.REVERSE && mentor.level() >= mentee.level()) {
                return new Removal(HardRule.SENIORITY, "in reverse mentoring the mentor (level " + mentor.level() + ") must be more junior than the mentee (level "
                        + mentee.level() + ")");
            }
        }
        if (on.contains(HardRule.EXCLUSION) && rules.exclusions().contains(Set.of(mentor.id(), mentee.id()))) {
            return new Removal(HardRule.EXCLUSION, "this pair was excluded explicitly");
        }
        if (on.contains(HardRule.NO_SHARED_LANGUAGE) && !mentor.languages().isEmpty() && !mentee.languages().isEmpty()
                && count(mentor.languages(), mentee.languages(), Set.of()) == 0) {
            return new Removal(HardRule.NO_SHARED_LANGUAGE, "they share no language (" + String.join(", ", new TreeSet<>(mentor.languages())) + " / "
                    + String.join(", ", new TreeSet<>(mentee.languages())) + ")");
        }
        return null;
    }

    /**
     * Whether {@code boss} is the manager, the manager's manager, ... of {@code person}: by the chain
     * the HR platform gave for the person (complete even when a middle manager is not enrolled), or
     * else by following enrolled participants' managers.
     */
    private boolean inChainAbove(Person boss, Person person) {
        if (person.managerChain().contains(boss.id())) {
            return true;
        }
        String current = rules.managerOf().get(person.id());
        for (int depth = 0; current != null && depth < MatchingRules.MAX_CHAIN_DEPTH; depth++) {
            if (current.equals(boss.id())) {
                return true;
            }
            current = rules.managerOf().get(current);
        }
        return false;
    }

    private FactorScore goalFit(Person mentor, Person mentee) {
        if (mentee.learningGoals().isEmpty()) {
            return missing(Factor.GOAL_FIT, "the mentee has listed no learning goals");
        }
        int covered = count(mentee.learningGoals(), mentor.skillsOffered(), Set.of());
        return factor(Factor.GOAL_FIT, share(covered, mentee.learningGoals().size()), () ->
                "the mentor offers " + covered + " of the mentee's " + mentee.learningGoals().size() + " learning goals"
                        + list(shared(mentee.learningGoals(), mentor.skillsOffered(), Set.of())));
    }

    private FactorScore reciprocity(Person mentor, Person mentee) {
        if (mentor.learningInterests().isEmpty()) {
            return missing(Factor.RECIPROCITY, "the mentor has listed nothing they want to learn");
        }
        int taught = count(mentor.learningInterests(), mentee.skillsOffered(), Set.of());
        return factor(Factor.RECIPROCITY, share(taught, mentor.learningInterests().size()), () ->
                "the mentee can teach " + taught + " of the mentor's " + mentor.learningInterests().size() + " learning interests"
                        + list(shared(mentor.learningInterests(), mentee.skillsOffered(), Set.of())));
    }

    private FactorScore identification(Person mentor, Person mentee) {
        List<String> parts = explain ? new ArrayList<>() : null;
        int sum = 0;
        int count = 0;
        if (!mentee.aspirations().isEmpty()) {
            int seen = count(mentee.aspirations(), mentor.tracks(), mentor.skillsOffered());
            sum += share(seen, mentee.aspirations().size());
            count++;
            if (explain) {
                parts.add("future self: the mentor has lived " + seen + " of the mentee's " + mentee.aspirations().size() + " aspirations"
                        + list(shared(mentee.aspirations(), mentor.tracks(), mentor.skillsOffered())));
            }
        }
        if (!mentee.currentChallenges().isEmpty()) {
            int been = count(mentee.currentChallenges(), mentor.challengesOvercome(), Set.of());
            sum += share(been, mentee.currentChallenges().size());
            count++;
            if (explain) {
                parts.add("past self: the mentor has been through " + been + " of the mentee's " + mentee.currentChallenges().size()
                        + " current challenges" + list(shared(mentee.currentChallenges(), mentor.challengesOvercome(), Set.of())));
            }
        }
        if (!mentor.values().isEmpty() && !mentee.values().isEmpty()) {
            int both = count(mentor.values(), mentee.values(), Set.of());
            int either = mentor.values().size() + mentee.values().size() - both;
            sum += share(both, either);
            count++;
            if (explain) {
                parts.add("present self: they share " + both + " of " + either + " values and work styles"
                        + list(shared(mentor.values(), mentee.values(), Set.of())));
            }
        }
        if (count == 0) {
            return missing(Factor.IDENTIFICATION, "no aspirations, challenges or values to compare");
        }
        return factor(Factor.IDENTIFICATION, (2 * sum + count) / (2 * count), () -> String.join("; ", parts));
    }

    private FactorScore motiveFit(Person mentee, Motives motives) {
        if (motives == null) {
            return missing(Factor.MOTIVE_FIT, "the mentor has no mentor-motives scores");
        }
        if (mentee.supportNeed() == null) {
            return missing(Factor.MOTIVE_FIT, "the mentee's need for support is not measured");
        }
        double standing = (motives.otherShare() + (1 - motives.selfShare())) / 2;
        double need = mentee.supportNeed();
        int fit = (int) Math.round(1000 * (need * standing + (1 - need) * INDIFFERENT / 1000.0));
        return factor(Factor.MOTIVE_FIT, fit, () -> String.format(java.util.Locale.ROOT,
                "other-focused %.2f and self-focused %.2f of the motive scale's range give the mentor a standing of %.2f; "
                        + "the mentee's need for support is %.2f of its scale", motives.otherShare(), motives.selfShare(), standing, need));
    }

    private FactorScore logistics(Person mentor, Person mentee) {
        if (mentor.utcOffsetMinutes() == null || mentee.utcOffsetMinutes() == null) {
            return missing(Factor.LOGISTICS, "a time zone is unknown");
        }
        int apart = Math.abs(mentor.utcOffsetMinutes() - mentee.utcOffsetMinutes());
        int score = Math.max(0, 1000 - (1000 * apart + LOGISTICS_ZERO_AT_MINUTES / 2) / LOGISTICS_ZERO_AT_MINUTES);
        return factor(Factor.LOGISTICS, score, () -> String.format(java.util.Locale.ROOT, "%d h %02d min apart", apart / 60, apart % 60));
    }

    private FactorScore factor(Factor factor, int score, java.util.function.Supplier<String> explanation) {
        return new FactorScore(factor, score, rules.weights().get(factor), explain ? explanation.get() : null, false);
    }

    private FactorScore missing(Factor factor, String why) {
        return new FactorScore(factor, 0, rules.weights().get(factor),
                explain ? why + "; no data, so this factor is left out and the other weights renormalised" : null, true);
    }

    private static int share(int part, int whole) {
        return (2000 * part + whole) / (2 * whole);
    }

    /** How many of {@code tags} are in {@code in} or {@code orIn}; no allocation, for the score-only path. */
    private static int count(Set<String> tags, Set<String> in, Set<String> orIn) {
        int found = 0;
        for (String tag : tags) {
            if (in.contains(tag) || orIn.contains(tag)) {
                found++;
            }
        }
        return found;
    }

    private static Set<String> shared(Set<String> tags, Set<String> in, Set<String> orIn) {
        Set<String> found = new TreeSet<>();
        for (String tag : tags) {
            if (in.contains(tag) || orIn.contains(tag)) {
                found.add(tag);
            }
        }
        return found;
    }

    private static String list(Set<String> tags) {
        return tags.isEmpty() ? "" : " (" + String.join(", ", tags) + ")";
    }
}
