package io.tandem.analytics.research;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each mentor's motives at baseline: the scales of their first answer to the motive instrument (before or
 * at the start of mentoring), with the orientation label of that answer when the instrument labels it.
 */
record Motives(double self, double other, String label, Map<String, Double> scales) {

    /** The keys that name the motive instrument's parts; subscales: more scales read for exploratory breakdowns. */
    record Keys(String instrumentKey, String selfScale, String otherScale, String orientationIndex, List<String> subscales) {

        Keys(String instrumentKey, String selfScale, String otherScale, String orientationIndex) {
            this(instrumentKey, selfScale, otherScale, orientationIndex, List.of());
        }

        List<String> scales() {
            List<String> all = new java.util.ArrayList<>(List.of(selfScale, otherScale, orientationIndex));
            subscales.stream().filter(k -> !all.contains(k)).forEach(all::add);
            return all;
        }
    }

    /** Per mentor, the first response with both scale scores. */
    static Map<String, Motives> atBaseline(List<ResearchData.MentorScore> scores, Keys keys) {
        Map<String, List<ResearchData.MentorScore>> byResponse = scores.stream().collect(Collectors.groupingBy(ResearchData.MentorScore::responseId));
        Map<String, Motives> first = new HashMap<>();
        byResponse.values().stream().sorted(Comparator.comparing((List<ResearchData.MentorScore> r) -> r.get(0).submittedAt())
                .thenComparing(r -> r.get(0).responseId())).forEach(response -> {
            Motives motives = of(response, keys);
            String mentor = response.get(0).mentorId();
            if (motives != null && !first.containsKey(mentor)) {
                first.put(mentor, motives);
            }
        });
        return first;
    }

    /** The motives of one response, or null when one of the two scales has no score. */
    static Motives of(List<ResearchData.MentorScore> response, Keys keys) {
        Double self = null;
        Double other = null;
        String label = null;
        Map<String, Double> all = new HashMap<>();
        for (ResearchData.MentorScore s : response) {
            if (s.value() != null) {
                all.put(s.scale(), s.value());
            }
            if (s.scale().equals(keys.selfScale())) {
                self = s.value();
            } else if (s.scale().equals(keys.otherScale())) {
                other = s.value();
            } else if (s.scale().equals(keys.orientationIndex())) {
                label = s.label();
            }
        }
        return self == null || other == null ? null : new Motives(self, other, label, all);
    }
}
