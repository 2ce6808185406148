package io.tandem.analytics.research;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Picks, per relationship, the score a report uses from a scale's scores. */
final class Series {

    private Series() {
    }

    /** Per relationship, the side's latest score of the scale at the wave (any wave when wave is null). */
    static Map<String, Double> latest(List<ResearchData.Score> scores, String scale, String role, String wave) {
        Map<String, ResearchData.Score> latest = new HashMap<>();
        for (ResearchData.Score s : scores) {
            if (s.scale().equals(scale) && (role == null || s.role().equals(role)) && (wave == null || wave.equals(s.wave()))) {
                latest.merge(s.relationshipId(), s, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<String, Double> values = new HashMap<>();
        latest.forEach((id, s) -> values.put(id, s.value()));
        return values;
    }

    /** Per relationship, the side's first score of the scale (any wave when wave is null), with the wave it came from. */
    static Map<String, ResearchData.Score> first(List<ResearchData.Score> scores, String scale, String role, String wave) {
        Map<String, ResearchData.Score> first = new HashMap<>();
        for (ResearchData.Score s : scores) {
            if (s.scale().equals(scale) && (role == null || s.role().equals(role)) && (wave == null || wave.equals(s.wave()))) {
                first.merge(s.relationshipId(), s, (a, b) -> LATER.compare(a, b) <= 0 ? a : b);
            }
        }
        return first;
    }

    private static final Comparator<ResearchData.Score> LATER = Comparator.comparing(ResearchData.Score::submittedAt)
            .thenComparing(ResearchData.Score::responseId);
}
