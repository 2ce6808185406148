package io.tandem.survey.instrument;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Life of one instrument version: drafts change, published versions never do, retired ones take no new assignments. */
public enum InstrumentStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("published") PUBLISHED,
    @JsonProperty("retired") RETIRED
}
