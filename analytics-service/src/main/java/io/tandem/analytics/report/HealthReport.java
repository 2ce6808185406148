package io.tandem.analytics.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Programme health over time, for a chart: per week (from Monday) or calendar month in the tenant's
 * time zone, relationships active, started and closed, meetings held and check-ins answered. Each
 * series follows the disclosure rule over its periods (a small period's count is hidden, and with it the
 * next-smallest when it would be the only one).
 */
@Schema(name = "ProgrammeHealth")
public record HealthReport(UUID programmeId, @Schema(enumeration = {"week", "month"}) String interval, int minGroupSize,
                           @Schema(maxItems = MAX_PERIODS) List<Period> periods) {

    static final int MAX_PERIODS = 260;

    @Schema(name = "HealthPeriod")
    public record Period(LocalDate from, LocalDate to, Cells.Count activeRelationships, Cells.Count startedRelationships,
                         Cells.Count closedRelationships, Cells.Count meetings, Cells.Count checkInsAnswered) {
    }

    static HealthReport of(UUID programmeId, Facts.Programme facts, String interval, LocalDate from, LocalDate to, ZoneId zone, int minimum) {
        List<LocalDate[]> ranges = periods(interval, from, to);
        int n = ranges.size();
        LocalDate[] starts = ranges.stream().map(r -> r[0]).toArray(LocalDate[]::new);
        int[] activeDelta = new int[n + 1];
        int[] startedIn = new int[n];
        int[] closedIn = new int[n];
        int[] meetingsIn = new int[n];
        int[] answeredIn = new int[n];
        LocalDate last = ranges.isEmpty() ? to : ranges.get(n - 1)[1];
        for (Facts.Relationship r : facts.relationships()) {
            count(startedIn, starts, last, r.startedOn());
            if (r.endedOn() != null) {
                count(closedIn, starts, last, r.endedOn());
            }
            if (n > 0 && !r.startedOn().isAfter(last) && (r.endedOn() == null || !r.endedOn().isBefore(starts[0]))) {
                activeDelta[Math.max(0, bucket(starts, r.startedOn()))]++;
                if (r.endedOn() != null && r.endedOn().isBefore(last)) {
                    activeDelta[bucket(starts, r.endedOn()) + 1]--;
                }
            }
        }
        facts.meetingsByDay().forEach((day, held) -> {
            if (starts.length > 0 && !day.isBefore(starts[0]) && !day.isAfter(last)) {
                meetingsIn[bucket(starts, day)] += held;
            }
        });
        facts.answeredByDay().forEach((day, answers) -> {
            if (starts.length > 0 && !day.isBefore(starts[0]) && !day.isAfter(last)) {
                answeredIn[bucket(starts, day)] += answers;
            }
        });
        Map<String, Integer> active = new LinkedHashMap<>();
        Map<String, Integer> started = new LinkedHashMap<>();
        Map<String, Integer> closed = new LinkedHashMap<>();
        Map<String, Integer> meetings = new LinkedHashMap<>();
        Map<String, Integer> answered = new LinkedHashMap<>();
        int running = 0;
        for (int i = 0; i < n; i++) {
            String key = starts[i].toString();
            running += activeDelta[i];
            active.put(key, running);
            started.put(key, startedIn[i]);
            closed.put(key, closedIn[i]);
            meetings.put(key, meetingsIn[i]);
            answered.put(key, answeredIn[i]);
        }
        Function<Map<String, Integer>, Map<String, Cells.Count>> shown = series -> {
            Map<String, Cells.Count> cells = new LinkedHashMap<>();
            Cells.counts(series, minimum).forEach(c -> cells.put(c.group(), c));
            return cells;
        };
        Map<String, Cells.Count> a = shown.apply(active);
        Map<String, Cells.Count> s = shown.apply(started);
        Map<String, Cells.Count> c = shown.apply(closed);
        Map<String, Cells.Count> m = shown.apply(meetings);
        Map<String, Cells.Count> q = shown.apply(answered);
        List<Period> periods = new ArrayList<>();
        for (LocalDate[] range : ranges) {
            String key = range[0].toString();
            periods.add(new Period(range[0], range[1], a.get(key), s.get(key), c.get(key), m.get(key), q.get(key)));
        }
        return new HealthReport(programmeId, interval, minimum, periods);
    }

    /** [first day, last day] of each period that touches from..to, at most {@link #MAX_PERIODS}, the latest kept. */
    static List<LocalDate[]> periods(String interval, LocalDate from, LocalDate to) {
        boolean weeks = interval.equals("week");
        LocalDate start = weeks ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : from.withDayOfMonth(1);
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate p = start; !p.isAfter(to); p = weeks ? p.plusWeeks(1) : p.plusMonths(1)) {
            ranges.add(new LocalDate[] {p, (weeks ? p.plusWeeks(1) : p.plusMonths(1)).minusDays(1)});
        }
        return ranges.size() > MAX_PERIODS ? ranges.subList(ranges.size() - MAX_PERIODS, ranges.size()) : ranges;
    }

    /** The period a day falls in (its last start not after the day), -1 before the first. */
    private static int bucket(LocalDate[] starts, LocalDate day) {
        int i = java.util.Arrays.binarySearch(starts, day);
        return i >= 0 ? i : -i - 2;
    }

    private static void count(int[] series, LocalDate[] starts, LocalDate last, LocalDate day) {
        if (starts.length > 0 && !day.isBefore(starts[0]) && !day.isAfter(last)) {
            series[bucket(starts, day)]++;
        }
    }
}
