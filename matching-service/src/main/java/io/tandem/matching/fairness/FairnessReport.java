package io.tandem.matching.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores and match rates of a run's mentees overall and by each self-identified attribute. A group
 * smaller than the minimum size shows no figures, so no one can be singled out.
 */
public final class FairnessReport {

    /** The usual smallest group shown; deployments may raise it (tandem.fairness.min-group-size). */
    public static final int MIN_GROUP_SIZE = 5;

    private FairnessReport() {
    }

    /** One mentee of the run: their matched score (null when unmatched) and their attributes. */
    public record Mentee(Integer score, Map<String, String> attributes) {
    }

    public record Group(String attribute, String value, Integer people, ScoreDistribution distribution, String note) {
    }

    public record Report(ScoreDistribution overall, int minGroupSize, List<Group> groups) {
    }

    /** @param attribute one attribute to break down by, or null for every attribute present */
    public static Report of(List<Mentee> mentees, String attribute) {
        return of(mentees, attribute, MIN_GROUP_SIZE);
    }

    public static Report of(List<Mentee> mentees, String attribute, int minGroupSize) {
        TreeSet<String> attributes = new TreeSet<>();
        if (attribute != null) {
            attributes.add(attribute);
        } else {
            mentees.forEach(m -> attributes.addAll(m.attributes().keySet()));
        }
        List<Group> groups = new ArrayList<>();
        for (String name : attributes) {
            Map<String, List<Mentee>> byValue = new TreeMap<>();
            for (Mentee mentee : mentees) {
                String value = mentee.attributes().getOrDefault(name, "(not stated)");
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(mentee);
            }
            byValue.forEach((value, members) -> groups.add(members.size() < minGroupSize
                    ? new Group(name, value, null, null, "fewer than " + minGroupSize + " people; not shown")
                    : new Group(name, value, members.size(), distribution(members), null)));
        }
        return new Report(distribution(mentees), minGroupSize, groups);
    }

    private static ScoreDistribution distribution(List<Mentee> mentees) {
        return ScoreDistribution.of(mentees.size(), mentees.stream().filter(m -> m.score() != null).mapToInt(Mentee::score).toArray());
    }
}
