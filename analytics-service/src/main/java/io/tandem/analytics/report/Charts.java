package io.tandem.analytics.report;

import io.tandem.analytics.charts.SvgChart;

import java.util.ArrayList;
import java.util.List;

/** The reports drawn as SVG charts (SvgChart), hidden figures as marked gaps. */
final class Charts {

    private Charts() {
    }

    static String overview(OverviewReport overview) {
        List<SvgChart.Bar> bars = overview.relationshipsByPhase().stream()
                .map(c -> new SvgChart.Bar(c.group(), c.n() == null ? null : (double) c.n(), c.n(), c.note())).toList();
        double max = overview.relationshipsByPhase().stream().filter(c -> c.n() != null).mapToInt(Cells.Count::n).max().orElse(1);
        return SvgChart.bars("Relationships by phase", "relationships", Math.max(1, max), bars);
    }

    static String completion(OverviewReport overview) {
        List<SvgChart.Bar> bars = overview.checkInCompletion().stream().map(w -> new SvgChart.Bar(w.wave(), w.completion().value(),
                w.completion().n(), w.completion().note())).toList();
        return SvgChart.bars("Check-in completion by wave", "share answered", 1, bars);
    }

    static String health(HealthReport health) {
        List<String> periods = health.periods().stream().map(p -> p.from().toString()).toList();
        List<SvgChart.Series> series = List.of(
                series("active relationships", health.periods().stream().map(HealthReport.Period::activeRelationships).toList()),
                series("meetings", health.periods().stream().map(HealthReport.Period::meetings).toList()),
                series("check-ins answered", health.periods().stream().map(HealthReport.Period::checkInsAnswered).toList()));
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
        return SvgChart.lines("Programme health per " + health.interval(), "count", 0, Math.max(1, max), periods, series);
    }

    static String quality(QualityOverTime quality, String scaleKey) {
        List<SvgChart.Series> series = new ArrayList<>();
        quality.bySide().forEach((side, figures) -> series.add(new SvgChart.Series(side + " (self-report)",
                figures.stream().map(Cells.Figure::value).toList(), figures.stream().map(Cells.Figure::n).toList())));
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
        double min = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(0);
        return SvgChart.lines("Mean " + scaleKey + " by wave", scaleKey, Math.floor(min) - 1 < 0 ? 0 : Math.floor(min) - 1, Math.ceil(max) + 1,
                quality.waves(), series);
    }

    private static SvgChart.Series series(String name, List<Cells.Count> counts) {
        return new SvgChart.Series(name, counts.stream().map(c -> c.n() == null ? null : (double) c.n()).toList(),
                counts.stream().map(Cells.Count::n).toList());
    }
}
