package io.tandem.matching.relationship;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The two people of a relationship. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RelationshipSide")
public enum Side {
    @JsonProperty("mentor") MENTOR,
    @JsonProperty("mentee") MENTEE
}
