package io.tandem.survey.definition;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an enable-when condition compares the earlier answer with its value. */
public enum ConditionOperator {
    @JsonProperty("equals") EQUALS,
    @JsonProperty("not-equals") NOT_EQUALS,
    @JsonProperty("greater-than") GREATER_THAN,
    @JsonProperty("less-than") LESS_THAN,
    /** The earlier item was answered (value true) or was not (value false). */
    @JsonProperty("exists") EXISTS
}
