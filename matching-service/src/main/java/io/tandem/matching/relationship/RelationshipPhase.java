package io.tandem.matching.relationship;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Kram's phases of a mentoring relationship: initiation → cultivation → separation → redefinition
 * (it continues as a peer relationship) or ended. A relationship may end from any active phase; ending
 * before its planned end is allowed and flagged.
 */
public enum RelationshipPhase {
    @JsonProperty("initiation") INITIATION,
    @JsonProperty("cultivation") CULTIVATION,
    @JsonProperty("separation") SEPARATION,
    @JsonProperty("redefinition") REDEFINITION,
    @JsonProperty("ended") ENDED;

    public boolean active() {
        return this != REDEFINITION && this != ENDED;
    }

    /** Whether a move to {@code next} closes the relationship (and so needs a closure). */
    public boolean closing() {
        return this == REDEFINITION || this == ENDED;
    }

    public boolean mayBecome(RelationshipPhase next) {
        return switch (this) {
            case INITIATION -> next == CULTIVATION || next == ENDED;
            case CULTIVATION -> next == SEPARATION || next == ENDED;
            case SEPARATION -> next == REDEFINITION || next == ENDED;
            case REDEFINITION, ENDED -> false;
        };
    }

    public String label() {
        return name().toLowerCase();
    }
}
