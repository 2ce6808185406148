package io.tandem.survey.definition;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an item is answered, and so what a valid answer looks like. */
public enum ItemType {
    /** An integer between the item's min and max, with optional anchor labels. */
    @JsonProperty("likert") LIKERT,
    /** One option code. */
    @JsonProperty("single-choice") SINGLE_CHOICE,
    /** A list of distinct option codes. */
    @JsonProperty("multiple-choice") MULTIPLE_CHOICE,
    /** A number within optional bounds, integer only when the item says so. */
    @JsonProperty("number") NUMBER,
    /** Free text up to the item's maxLength. */
    @JsonProperty("text") TEXT,
    /** true or false. */
    @JsonProperty("boolean") BOOLEAN,
    /** Inclusion of Other in the Self: an integer picture choice from 1 (apart) to 7 (overlapping). */
    @JsonProperty("ios") IOS
}
