package io.tandem.matching.participant;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ParticipantRole {
    @JsonProperty("mentor") MENTOR,
    @JsonProperty("mentee") MENTEE,
    @JsonProperty("both") BOTH;

    public boolean mentors() {
        return this != MENTEE;
    }

    public boolean mentored() {
        return this != MENTOR;
    }
}
