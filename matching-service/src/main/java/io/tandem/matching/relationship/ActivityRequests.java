package io.tandem.matching.relationship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Request bodies for a relationship's goals, meetings and journal. */
final class ActivityRequests {

    static final int MAX_TEXT = 2000;
    static final int MAX_JOURNAL = 10_000;
    static final int MAX_TOPICS = 20;

    private ActivityRequests() {
    }

    @Schema(name = "GoalDraft", example = "{\"owner\": \"mentor\", \"description\": \"Learn how the mentee's team uses generative AI tools\", "
            + "\"targetOn\": \"2027-06-30\", \"status\": \"open\"}",
            description = "A goal owned by the mentee, or by the mentor (what the mentor wants to learn from the mentee).")
    record GoalDraft(@NotNull Side owner, @NotBlank @Size(max = MAX_TEXT) @Schema(maxLength = MAX_TEXT) String description,
                     @Schema(nullable = true) LocalDate targetOn, @Schema(defaultValue = "open") Goal.Status status) {
    }

    @Schema(name = "GoalNoteDraft", example = "{\"text\": \"Tried the prompt patterns on our backlog; saves an hour a week.\"}")
    record NoteDraft(@NotBlank @Size(max = MAX_TEXT) @Schema(maxLength = MAX_TEXT) String text) {
    }

    @Schema(name = "MeetingDraft", example = "{\"heldOn\": \"2027-03-04\", \"durationMinutes\": 45, \"channel\": \"video\", "
            + "\"topics\": [\"career plan\", \"code review\"], \"note\": \"Next: mock interview\"}")
    record MeetingDraft(@NotNull LocalDate heldOn, @NotNull @Min(1) @Max(1440) Integer durationMinutes, @NotNull Meeting.Channel channel,
                        @Size(max = MAX_TOPICS) List<@NotBlank @Size(max = 100) String> topics,
                        @Size(max = MAX_TEXT) @Schema(maxLength = MAX_TEXT) String note) {
    }

    @Schema(name = "JournalEntryDraft", example = "{\"text\": \"I noticed I explain things the way my first manager did.\", \"shared\": false}",
            description = "Private to its author unless shared with the other side; never shown to managers or researchers.")
    record JournalDraft(@NotBlank @Size(max = MAX_JOURNAL) @Schema(maxLength = MAX_JOURNAL) String text,
                        @Schema(defaultValue = "false") Boolean shared) {
    }
}
