package io.tandem.analytics.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Check-in completion by wave and role: assignments not cancelled, answered, the completion rate and
 * how many are open past their due date (in the tenant's time zone). A cell with fewer people asked than
 * the minimum shows nothing.
 */
@Schema(name = "CheckInCompletion")
public record CompletionReport(UUID programmeId, LocalDate asOf, int minGroupSize, @Schema(maxItems = 600) List<Cell> cells) {

    @Schema(name = "CompletionCell")
    public record Cell(@Schema(maxLength = 32) String wave, @Schema(enumeration = {"mentor", "mentee"}) String role,
                       @Schema(nullable = true) Integer people, @Schema(nullable = true) Integer assigned,
                       @Schema(nullable = true) Integer answered, @Schema(nullable = true) Integer overdue,
                       @Schema(description = "answered / assigned; n = assigned.") Cells.Figure completion) {
    }

    static CompletionReport of(UUID programmeId, Facts.Programme facts, int minimum, LocalDate asOf) {
        Map<String, Map<String, List<Facts.Assignment>>> byWave = new TreeMap<>(Waves.ORDER);
        facts.assignments().stream().filter(a -> !a.cancelled() && a.wave() != null && a.role() != null)
                .forEach(a -> byWave.computeIfAbsent(a.wave(), w -> new TreeMap<>()).computeIfAbsent(a.role(), r -> new ArrayList<>()).add(a));
        List<Cell> cells = new ArrayList<>();
        byWave.forEach((wave, byRole) -> byRole.forEach((role, list) -> {
            Set<String> people = new HashSet<>();
            list.forEach(a -> people.add(a.respondentId()));
            if (people.size() < minimum) {
                cells.add(new Cell(wave, role, null, null, null, null, OverviewReport.tooFew(minimum)));
                return;
            }
            int answered = (int) list.stream().filter(a -> a.submittedAt() != null).count();
            int overdue = (int) list.stream().filter(a -> a.submittedAt() == null && a.dueOn() != null && a.dueOn().isBefore(asOf)).count();
            cells.add(new Cell(wave, role, people.size(), list.size(), answered, overdue,
                    Cells.Figure.of((double) answered / list.size(), list.size())));
        }));
        return new CompletionReport(programmeId, asOf, minimum, cells);
    }
}
