package io.tandem.matching.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

/** draft → enrolling → matching → running → closed. */
public enum ProgrammeStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("enrolling") ENROLLING,
    @JsonProperty("matching") MATCHING,
    @JsonProperty("running") RUNNING,
    @JsonProperty("closed") CLOSED;

    /** The next step, or (from matching) back to enrolling to add people. */
    public boolean mayBecome(ProgrammeStatus next) {
        return next.ordinal() == ordinal() + 1 || (this == MATCHING && next == ENROLLING);
    }
}
