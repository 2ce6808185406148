package io.tandem.survey.assignment;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum AssignmentStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("submitted") SUBMITTED,
    @JsonProperty("cancelled") CANCELLED
}
