package io.tandem.survey.assignment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The side of the relationship the respondent answers from. */
public enum RespondentRole {
    @JsonProperty("mentor") MENTOR,
    @JsonProperty("mentee") MENTEE
}
