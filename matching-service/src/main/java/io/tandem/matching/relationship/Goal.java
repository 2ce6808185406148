package io.tandem.matching.relationship;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A shared goal, owned by the mentee or by the mentor (what the mentor wants to learn from the mentee). */
@Entity
@Table(name = "relationship_goal")
public class Goal extends TenantOwned {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "GoalStatus")
    public enum Status {
        @JsonProperty("open") OPEN,
        @JsonProperty("in-progress") IN_PROGRESS,
        @JsonProperty("achieved") ACHIEVED,
        @JsonProperty("dropped") DROPPED
    }

    /** A progress note by either side. */
    public record Note(String authorId, String text, Instant at) {
    }

    @Column(nullable = false, updatable = false)
    public UUID relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Side owner;

    @Column(nullable = false)
    public String description;

    public LocalDate targetOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Note> notes = new ArrayList<>();
}
