package io.tandem.matching.relationship;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the two agree at the start; both confirm it, and a change asks both to confirm again. */
@Schema(name = "RelationshipAgreement", example = "{\"expectations\": \"Prepare for a tech-lead role; I bring questions, you bring stories.\", "
        + "\"meetingCadence\": \"fortnightly\", \"channel\": \"video\", \"confidentialityNote\": \"What we discuss stays between us.\"}")
public record Agreement(
        @NotBlank @Size(max = 2000) @Schema(description = "What each expects of the other and of the relationship.", maxLength = 2000)
        String expectations,
        @NotNull Cadence meetingCadence,
        @NotNull Channel channel,
        @Size(max = 1000) @Schema(description = "What stays between the two of them.", maxLength = 1000) String confidentialityNote) {

    @Schema(name = "MeetingCadence")
    public enum Cadence {
        @JsonProperty("weekly") WEEKLY,
        @JsonProperty("fortnightly") FORTNIGHTLY,
        @JsonProperty("monthly") MONTHLY,
        @JsonProperty("as-needed") AS_NEEDED
    }

    @Schema(name = "AgreementChannel")
    public enum Channel {
        @JsonProperty("in-person") IN_PERSON,
        @JsonProperty("video") VIDEO,
        @JsonProperty("phone") PHONE,
        @JsonProperty("chat") CHAT,
        @JsonProperty("mixed") MIXED
    }
}
