package io.tandem.analytics.report;

import io.tandem.analytics.statistics.Descriptives;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Mean self-reported quality per wave and side (mentor, mentee), each with its n (answers); a cell
 * whose answers come from fewer people than the minimum is not shown.
 */
record QualityOverTime(List<String> waves, Map<String, List<Cells.Figure>> bySide) {

    static final List<String> SIDES = List.of("mentee", "mentor");

    static QualityOverTime of(List<Facts.Score> scores, int minimum) {
        TreeMap<String, Map<String, List<Facts.Score>>> cells = new TreeMap<>(Waves.ORDER);
        scores.stream().filter(s -> s.perspective().equals("self") && s.role() != null && s.wave() != null)
                .forEach(s -> cells.computeIfAbsent(s.wave(), w -> new TreeMap<>()).computeIfAbsent(s.role(), r -> new ArrayList<>()).add(s));
        List<String> waves = new ArrayList<>(cells.keySet());
        Map<String, List<Cells.Figure>> bySide = new TreeMap<>();
        for (String side : SIDES) {
            List<Cells.Figure> figures = new ArrayList<>();
            for (String wave : waves) {
                List<Facts.Score> answers = cells.get(wave).getOrDefault(side, List.of());
                Set<String> people = new HashSet<>();
                answers.forEach(a -> people.add(a.respondentId()));
                figures.add(people.size() < minimum ? OverviewReport.tooFew(minimum)
                        : Cells.Figure.of(Descriptives.mean(answers.stream().mapToDouble(Facts.Score::value).toArray()), answers.size()));
            }
            bySide.put(side, figures);
        }
        return new QualityOverTime(waves, bySide);
    }
}
