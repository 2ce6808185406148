package io.tandem.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mean self-reported quality per wave and side (mentor, mentee), each with its n (answers); a cell
 * whose answers come from fewer people than the minimum is not shown.
 */
record QualityOverTime(List<String> waves, Map<String, List<Cells.Figure>> bySide) {

    static final List<String> SIDES = List.of("mentee", "mentor");

    static QualityOverTime of(List<Facts.WaveMean> means, int minimum) {
        TreeMap<String, Map<String, Facts.WaveMean>> cells = new TreeMap<>(Waves.ORDER);
        means.forEach(m -> cells.computeIfAbsent(m.wave(), w -> new TreeMap<>()).put(m.role(), m));
        List<String> waves = new ArrayList<>(cells.keySet());
        Map<String, List<Cells.Figure>> bySide = new TreeMap<>();
        for (String side : SIDES) {
            List<Cells.Figure> figures = new ArrayList<>();
            for (String wave : waves) {
                Facts.WaveMean cell = cells.get(wave).get(side);
                figures.add(cell == null || cell.people() < minimum ? OverviewReport.tooFew(minimum) : Cells.Figure.of(cell.mean(), cell.answers()));
            }
            bySide.put(side, figures);
        }
        return new QualityOverTime(waves, bySide);
    }
}
