package io.tandem.matching.fairness;

import io.tandem.support.disclosure.Suppression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Match rates and scores of a run's mentees overall and by each self-identified attribute, counting
 * people, never proposals. Disclosure (DESIGN.md): a group with fewer people than the minimum shows
 * no figures; when that would leave exactly one group of an attribute hidden, the next-smallest group
 * is hidden too, so no hidden group can be recovered by subtracting the shown ones from the total.
 * Below the minimum overall, nothing is shown.
 */
public final class FairnessReport {

    /** People counts in this report are never shown for groups under five, whatever the tenant allows elsewhere. */
    public static final int FLOOR = 5;

    private FairnessReport() {
    }

    /**
     * One mentee of the run, once however many proposals they had.
     *
     * @param score their best standing, not declined proposal's score; null when they have none (a declined proposal is not a match)
     */
    public record Mentee(String personId, Integer score, Map<String, String> attributes) {
    }

    /** @param figures null when hidden; then {@code note} says why */
    public record Group(String attribute, String value, GroupFigures figures, String note) {
    }

    /** @param overall null when the run has fewer mentees than the minimum */
    public record Report(GroupFigures overall, int minGroupSize, List<Group> groups) {
    }

    /**
     * @param attribute    one attribute to break down by, or null for every attribute present
     * @param tenantMinimum the tenant's minimum group size; the report uses at least {@link #FLOOR}
     */
    public static Report of(List<Mentee> mentees, String attribute, int tenantMinimum) {
        int minimum = Math.max(FLOOR, tenantMinimum);
        if (mentees.size() < minimum) {
            return new Report(null, minimum, List.of());
        }
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
                byValue.computeIfAbsent(mentee.attributes().getOrDefault(name, "(not stated)"), v -> new ArrayList<>()).add(mentee);
            }
            groups.addAll(attributeGroups(name, byValue, minimum));
        }
        return new Report(figures(mentees), minimum, groups);
    }

    private static List<Group> attributeGroups(String name, Map<String, List<Mentee>> byValue, int minimum) {
        Map<String, Integer> people = new LinkedHashMap<>();
        byValue.forEach((value, members) -> people.put(value, members.size()));
        Map<String, String> hidden = Suppression.hidden(people, minimum);
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Mentee>> entry : byValue.entrySet()) {
            String why = hidden.get(entry.getKey());
            groups.add(why != null ? new Group(name, entry.getKey(), null, why) : new Group(name, entry.getKey(), figures(entry.getValue()), null));
        }
        return groups;
    }

    private static GroupFigures figures(List<Mentee> mentees) {
        return GroupFigures.of(mentees.size(), mentees.stream().filter(m -> m.score() != null).mapToInt(Mentee::score).toArray());
    }
}
