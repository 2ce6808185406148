package io.tandem.matching.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What a client sends to create a programme; it starts as a draft. */
@Schema(name = "ProgrammeDraft", example = "{\"name\": \"Engineering mentoring 2027\", \"description\": \"Pairs senior engineers with new hires.\", \"type\": \"classic\", \"startsOn\": \"2027-02-01\", \"endsOn\": \"2027-11-30\", \"defaultMentorCapacity\": 2, \"settings\": {\"mode\": \"optimal\", \"objective\": \"most-participation\", \"weights\": {\"goalFit\": 30, \"reciprocity\": 15, \"identification\": 25, \"motiveFit\": 20, \"logistics\": 10}}}", description = "A new programme, created in status draft.")
public record ProgrammeDraft(
        @NotBlank @Size(max = 200)
        @Schema(example = "Engineering mentoring 2027", maxLength = 200)
        String name,

        @Size(max = 2000)
        @Schema(example = "Year-long programme for new engineering leads.", maxLength = 2000)
        String description,

        @NotNull
        @Schema(description = "classic, reverse (junior mentors senior) or peer.", example = "classic")
        ProgrammeType type,

        @NotNull
        @Schema(example = "2027-01-15")
        LocalDate startsOn,

        @NotNull
        @Schema(description = "On or after startsOn.", example = "2027-12-15")
        LocalDate endsOn,

        @NotNull @Min(1) @Max(MAX_CAPACITY)
        @Schema(description = "Mentees per mentor unless a mentor says otherwise.", example = "2", minimum = "1", maximum = "20")
        Integer defaultMentorCapacity,

        @Valid
        @Schema(description = "Matching settings; defaults apply to what is left out.")
        MatchingSettings settings) {

    public static final int MAX_CAPACITY = 20;
}
