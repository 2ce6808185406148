package io.tandem.matching.relationship;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a relationship closed. */
public enum EndReason {
    @JsonProperty("goals-met") GOALS_MET,
    @JsonProperty("programme-ended") PROGRAMME_ENDED,
    @JsonProperty("mismatch") MISMATCH,
    @JsonProperty("left-organisation") LEFT_ORGANISATION,
    @JsonProperty("other") OTHER
}
