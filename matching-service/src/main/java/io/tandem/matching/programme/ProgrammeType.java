package io.tandem.matching.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Classic: senior mentors junior. Reverse: junior mentors senior (seniority rule inverted). Peer: no seniority rule. */
public enum ProgrammeType {
    @JsonProperty("classic") CLASSIC,
    @JsonProperty("reverse") REVERSE,
    @JsonProperty("peer") PEER
}
