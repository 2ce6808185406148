package io.tandem.analytics.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** The research export's columns, in order, and the codebook entry of each. */
public final class ResearchColumns {

    private ResearchColumns() {
    }

    /** One score column: a scale of an instrument as answered from one side and perspective. */
    public record ScoreColumn(String role, String perspective, String instrumentKey, String scaleKey, SortedSet<Integer> versions) {
        String name() {
            return role + "." + perspective + "." + instrumentKey + "." + scaleKey;
        }
    }

    @Schema(name = "CodebookColumn")
    public record Column(@Schema(maxLength = 300) String name,
                         @Schema(enumeration = {"string", "integer", "number", "boolean", "date"}) String type,
                         @Schema(maxLength = 500) String description,
                         @Schema(nullable = true, maxLength = 63) String instrumentKey,
                         @Schema(nullable = true, maxItems = 100) List<Integer> instrumentVersions,
                         @Schema(nullable = true, maxLength = 63) String scaleKey,
                         @Schema(nullable = true, maxLength = 8) String role,
                         @Schema(nullable = true, maxLength = 8) String perspective,
                         @Schema(nullable = true, maxItems = 20) List<@jakarta.validation.constraints.Size(max = 40) String> allowedValues) {
    }

    @Schema(name = "ResearchCodebook")
    public record Codebook(@Schema(maxLength = 2000) String description, @Schema(maxItems = 2000) List<Column> columns) {
    }

    static final List<Column> FIXED = List.of(
            fixed("relationship", "string", "Pseudonymous relationship id (this export only)."),
            fixed("mentor", "string", "Pseudonymous person id of the mentor (this export only; the same person keeps it throughout)."),
            fixed("mentee", "string", "Pseudonymous person id of the mentee (this export only)."),
            new Column("wave", "string", "Measurement wave of the row.", null, null, null, null, null,
                    List.of("baseline", "check-in-N", "closing", "follow-up", "follow-up-N")),
            fixed("wave_week", "date", "Monday of the week of the wave's first answer."),
            fixed("started_week", "date", "Monday of the week the relationship started."),
            fixed("ended_week", "date", "Monday of the week it ended; empty while it runs."),
            new Column("phase", "string", "The relationship's phase at export time.", null, null, null, null, null,
                    List.of("initiation", "cultivation", "separation", "redefinition", "ended")),
            new Column("ended_early", "boolean", "Ended before its planned end.", null, null, null, null, null, List.of("true", "false")),
            new Column("end_reason", "string", "Why it ended; empty while it runs.", null, null, null, null, null,
                    List.of("goals-met", "programme-ended", "mismatch", "left-organisation", "other")));

    private static Column fixed(String name, String type, String description) {
        return new Column(name, type, description, null, null, null, null, null, null);
    }

    static Codebook codebook(List<ScoreColumn> scores) {
        List<Column> columns = new ArrayList<>(FIXED);
        for (ScoreColumn s : scores) {
            columns.add(new Column(s.name(), "number", "Scale score of " + s.instrumentKey() + " / " + s.scaleKey() + ", answered by the "
                    + s.role() + (s.perspective().equals("self") ? " about themselves" : " about the other side")
                    + "; empty when not answered in this wave. The newest answer of the wave when there are several.",
                    s.instrumentKey(), List.copyOf(s.versions()), s.scaleKey(), s.role(), s.perspective(), null));
        }
        return new Codebook("One row per relationship and wave with at least one answer. Ids are pseudonyms made with a secret of this "
                + "export alone; dates are rounded down to the Monday of their week.", columns);
    }
}
