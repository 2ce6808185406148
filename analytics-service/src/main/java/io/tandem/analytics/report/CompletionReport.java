package io.tandem.analytics.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<Cell> cells = new ArrayList<>();
        facts.completion().stream().filter(c -> c.role() != null)
                .sorted(Comparator.comparing(Facts.Completion::wave, Waves.ORDER).thenComparing(Facts.Completion::role))
                .forEach(c -> cells.add(c.people() < minimum ? new Cell(c.wave(), c.role(), null, null, null, null, OverviewReport.tooFew(minimum))
                        : new Cell(c.wave(), c.role(), c.people(), c.assigned(), c.answered(), c.overdue(),
                        Cells.Figure.of((double) c.answered() / c.assigned(), c.assigned()))));
        return new CompletionReport(programmeId, asOf, minimum, cells);
    }
}
