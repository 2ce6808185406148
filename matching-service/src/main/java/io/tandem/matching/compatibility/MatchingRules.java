package io.tandem.matching.compatibility;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A programme's settings for compatibility: factor weights (0..100 each, not all zero), the hard
 * rules switched on (SAME_PERSON always is), the pairing kind, explicit exclusions as unordered
 * person-id pairs, and every participant's manager for the management-chain rule.
 */
public record MatchingRules(Map<Factor, Integer> weights, Set<HardRule> hardRules, PairingKind kind,
                            Set<Set<String>> exclusions, Map<String, String> managerOf) {

    public static final int MAX_CHAIN_DEPTH = 50;

    public MatchingRules {
        EnumMap<Factor, Integer> all = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            int weight = weights.getOrDefault(factor, 0);
            if (weight < 0 || weight > 100) {
                throw new IllegalArgumentException("weight of " + factor + " must be 0..100");
            }
            all.put(factor, weight);
        }
        if (all.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("at least one factor needs a weight");
        }
        weights = Map.copyOf(all);
        EnumSet<HardRule> rules = hardRules.isEmpty() ? EnumSet.noneOf(HardRule.class) : EnumSet.copyOf(hardRules);
        rules.add(HardRule.SAME_PERSON);
        hardRules = Set.copyOf(rules);
        exclusions = Set.copyOf(exclusions);
        managerOf = Map.copyOf(managerOf);
    }

    /** Equal weights, every hard rule on. */
    public static MatchingRules defaults(PairingKind kind, Map<String, String> managerOf) {
        Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            weights.put(factor, 20);
        }
        return new MatchingRules(weights, EnumSet.allOf(HardRule.class), kind, Set.of(), managerOf);
    }
}
