package io.tandem.matching.participant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** As the HR directory sends it: only active people are matched; people who left keep their history. */
public enum ParticipantStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("on-leave") ON_LEAVE,
    @JsonProperty("left") LEFT
}
