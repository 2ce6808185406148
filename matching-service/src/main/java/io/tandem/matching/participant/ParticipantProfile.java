package io.tandem.matching.participant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A participant as an HR platform sends it: enrolment in one programme plus the matching profile. */
@Schema(name = "ParticipantProfile", example = "{\"personId\": \"emp-20881\", \"role\": \"mentor\", \"displayName\": \"Ana Lima\", \"careerStage\": 6, \"currentTrack\": \"platform engineering\", \"timeZone\": \"Europe/Lisbon\", \"mentorCapacity\": 2, \"languages\": [\"pt\", \"en\"], \"skillsOffered\": [\"kubernetes\", \"system design\"], \"learningInterests\": [\"product discovery\"], \"pastTracks\": [\"support engineering\"], \"challengesOvercome\": [\"career switch\"], \"values\": [\"candour\"], \"workStyle\": [\"async\"], \"researchConsent\": true}", description = "Tags are free text; they are stored normalised (lower case, trimmed, "
        + "the tenant's synonyms applied).")
public record ParticipantProfile(
        @NotBlank @Size(max = MAX_ID) @Schema(description = "The HR platform's person id.", example = "emp-10442") String personId,
        @NotNull ParticipantRole role,
        @Schema(description = "As the HR directory says; only active people are matched.", defaultValue = "active")
        ParticipantStatus status,
        @Size(max = 200) @Schema(example = "Ana Lima") String displayName,
        @Min(1) @Max(10) @Schema(description = "Career stage, 1 (entry) to 10 (executive).", example = "3") Integer careerStage,
        @Size(max = MAX_TAG) @Schema(example = "data engineering") String currentTrack,
        @Size(max = MAX_ID) @Schema(description = "Person id of the manager, for the management-chain rule.", example = "emp-20001")
        String managerId,
        @Size(max = MAX_CHAIN)
        @Schema(description = "The person's managers up to the top, nearest first, as the HR platform knows them. The management-chain "
                + "rule uses it even for managers who are not enrolled; without it the rule can only follow managerId through "
                + "enrolled participants and misses a skip-level manager whose middle manager is not enrolled.",
                example = "[\"emp-20001\", \"emp-30001\"]")
        List<@NotBlank @Size(max = MAX_ID) String> managerChain,
        @Size(max = 64) @Schema(description = "IANA time-zone id (Region/City, or UTC); other ids and offsets are refused with 400. The "
                + "logistics factor compares the zones' UTC offsets at the time of the run (daylight saving included).",
                example = "Europe/Lisbon") String timeZone,
        @Min(0) @Max(20) @Schema(description = "Mentees this mentor can take; the programme's default when absent.", example = "2")
        Integer mentorCapacity,
        @Min(0) @Max(1000) @Schema(description = "A mentee's need for support, 0..1000, as an HR field. Used only in programmes whose "
                + "supportNeedSource is `profile`; by default motive fit uses the mentee's measured mentee-needs score.", example = "700")
        Integer supportNeed,
        @Size(max = MAX_TAGS) @Schema(example = "[\"English\", \"Portuguese\"]") List<@NotBlank @Size(max = MAX_TAG) String> languages,
        @Size(max = MAX_TAGS) @Schema(example = "[\"Java\", \"stakeholder management\"]") List<@NotBlank @Size(max = MAX_TAG) String> skillsOffered,
        @Size(max = MAX_TAGS) @Schema(example = "[\"public speaking\"]") List<@NotBlank @Size(max = MAX_TAG) String> learningGoals,
        @Size(max = MAX_TAGS) @Schema(description = "What a mentor would like to learn from a mentee.") List<@NotBlank @Size(max = MAX_TAG) String> learningInterests,
        @Size(max = MAX_TAGS) @Schema(description = "A mentee's future self: roles or tracks aimed for.") List<@NotBlank @Size(max = MAX_TAG) String> aspirations,
        @Size(max = MAX_TAGS) @Schema(description = "A mentor's past tracks (past self).") List<@NotBlank @Size(max = MAX_TAG) String> pastTracks,
        @Size(max = MAX_TAGS) @Schema(description = "Challenges a mentor has been through.") List<@NotBlank @Size(max = MAX_TAG) String> challengesOvercome,
        @Size(max = MAX_TAGS) @Schema(description = "Challenges a mentee faces now.") List<@NotBlank @Size(max = MAX_TAG) String> currentChallenges,
        @Size(max = MAX_TAGS) @Schema(description = "Values (present self).") List<@NotBlank @Size(max = MAX_TAG) String> values,
        @Size(max = MAX_TAGS) @Schema(description = "Work style (present self).") List<@NotBlank @Size(max = MAX_TAG) String> workStyle,
        @Size(max = 10) @Schema(description = "Optional self-identified attributes, used only for diversity and fairness analytics.",
                example = "{\"gender\": \"woman\"}")
        Map<@NotBlank @Size(max = 50) String, @NotBlank @Size(max = 100) String> diversity,
        @Size(max = MAX_PREFERENCES)
        @Schema(description = "For stable-matching programmes: person ids of the other side, most preferred first. Anyone "
                + "not listed ranks after everyone listed, by compatibility score.", example = "[\"emp-20881\", \"emp-20417\"]")
        List<@NotBlank @Size(max = MAX_ID) String> preferences,
        @Schema(description = "The person agreed that their data may be used for research (the pseudonymous research export); "
                + "without it they stay out of it. The date is recorded when it changes.", defaultValue = "false")
        Boolean researchConsent,
        @Schema(description = "The person agreed to the diversity attributes being stored and analysed; diversity attributes are "
                + "refused without it. The date is recorded when it changes.", defaultValue = "false")
        Boolean diversityConsent) {

    public static final int MAX_ID = 200;
    public static final int MAX_TAG = 100;
    public static final int MAX_TAGS = 50;
    public static final int MAX_PREFERENCES = 100;
    public static final int MAX_CHAIN = 20;
}
