package io.tandem.survey.response;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ResponseStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("submitted") SUBMITTED
}
