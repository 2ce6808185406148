package io.tandem.analytics.report;

import io.tandem.analytics.statistics.Descriptives;
import io.tandem.support.disclosure.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A programme at a glance: people by role and status, the share of mentees in a relationship,
 * relationships by phase, the median age of active ones, check-in completion per wave and meetings per
 * relationship and month. People are counted once per cell; every breakdown follows the disclosure rule.
 */
@Schema(name = "ProgrammeOverview")
public record OverviewReport(UUID programmeId, LocalDate asOf, int minGroupSize,
                             @Schema(maxItems = 20, description = "People by role/status, e.g. mentee/active.") List<Cells.Count> participants,
                             @Schema(description = "Mentees (active or on leave) with at least one relationship, of all such mentees.")
                             Cells.Figure matchedShare,
                             @Schema(maxItems = 10) List<Cells.Count> relationshipsByPhase,
                             @Schema(description = "Days since the start, over relationships not yet closed.") Cells.Figure medianRelationshipAgeDays,
                             @Schema(maxItems = 300) List<WaveCompletion> checkInCompletion,
                             @Schema(description = "Meetings logged per relationship and month of its life so far (30.44 days).")
                             Cells.Figure meetingsPerRelationshipMonth) {

    /** @param completion completed of assigned (n = assigned); hidden when fewer people than the minimum were asked */
    @Schema(name = "WaveCompletion")
    public record WaveCompletion(@Schema(maxLength = 32) String wave, @Schema(nullable = true) Integer assigned,
                                 @Schema(nullable = true) Integer completed, Cells.Figure completion) {
    }

    static final double DAYS_PER_MONTH = 30.44;

    static OverviewReport of(UUID programmeId, Facts.Programme facts, int minimum, LocalDate asOf) {
        Map<String, Integer> byRoleStatus = new TreeMap<>();
        facts.participants().forEach(p -> byRoleStatus.merge(p.role() + "/" + p.status(), 1, Integer::sum));

        List<Facts.Participant> mentees = facts.participants().stream().filter(p -> p.mentored() && !p.status().equals("left")).toList();
        Set<String> inRelationship = new HashSet<>();
        facts.relationships().forEach(r -> inRelationship.add(r.menteeId()));
        long matched = mentees.stream().filter(p -> inRelationship.contains(p.personId())).count();

        Map<String, Integer> byPhase = new LinkedHashMap<>();
        for (String phase : List.of("initiation", "cultivation", "separation", "redefinition", "ended")) {
            byPhase.put(phase, 0);
        }
        facts.relationships().forEach(r -> byPhase.merge(r.phase(), 1, Integer::sum));

        double[] ages = facts.relationships().stream().filter(Facts.Relationship::active)
                .mapToDouble(r -> ChronoUnit.DAYS.between(r.startedOn(), asOf)).toArray();

        return new OverviewReport(programmeId, asOf, minimum, Cells.counts(byRoleStatus, minimum),
                share(matched, mentees.size(), minimum), Cells.counts(byPhase, minimum),
                ages.length < minimum ? tooFew(minimum) : Cells.Figure.of(Descriptives.median(ages), ages.length),
                completion(facts.completion(), minimum), meetingRate(facts, minimum, asOf));
    }

    /** A share of people: hidden when the people inside or outside it are a group under the minimum (either could be named). */
    static Cells.Figure share(long part, int of, int minimum) {
        if (of < minimum) {
            return tooFew(minimum);
        }
        Map<String, Integer> sides = new LinkedHashMap<>();
        sides.put("in", (int) part);
        sides.put("out", of - (int) part);
        return Suppression.hidden(sides, minimum).isEmpty() ? Cells.Figure.of((double) part / of, of)
                : Cells.Figure.hidden("fewer than " + minimum + " people on one side of this share; not shown");
    }

    static Cells.Figure tooFew(int minimum) {
        return Cells.Figure.hidden(String.format(Suppression.TOO_SMALL, minimum));
    }

    private static List<WaveCompletion> completion(List<Facts.Completion> cells, int minimum) {
        List<WaveCompletion> waves = new ArrayList<>();
        cells.stream().filter(c -> c.role() == null).sorted(java.util.Comparator.comparing(Facts.Completion::wave, Waves.ORDER))
                .forEach(c -> waves.add(c.people() < minimum ? new WaveCompletion(c.wave(), null, null, tooFew(minimum))
                        : new WaveCompletion(c.wave(), c.assigned(), c.answered(), Cells.Figure.of((double) c.answered() / c.assigned(),
                        c.assigned()))));
        return waves;
    }

    private static Cells.Figure meetingRate(Facts.Programme facts, int minimum, LocalDate asOf) {
        if (facts.relationships().size() < minimum) {
            return tooFew(minimum);
        }
        double months = 0;
        for (Facts.Relationship r : facts.relationships()) {
            LocalDate end = r.endedOn() != null && r.endedOn().isBefore(asOf) ? r.endedOn() : asOf;
            months += Math.max(1, ChronoUnit.DAYS.between(r.startedOn(), end)) / DAYS_PER_MONTH;
        }
        return Cells.Figure.of(facts.meetings() / months, facts.relationships().size());
    }
}
