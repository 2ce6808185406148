package io.tandem.matching.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

/** draft → enrolling → matching → running → closed. */
public enum ProgrammeStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("enrolling") ENROLLING,
    @JsonProperty("matching") MATCHING,
    @JsonProperty("running") RUNNING,
    @JsonProperty("closed") CLOSED
}
